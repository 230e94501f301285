// learner: optimal
// idiom: MATLAB-style: digits stored least-significant first in a [u8; 11], then read back with a 1-based countdown `k = n:-1:1`
use std::collections::HashMap;
use std::fmt;

pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    InvalidChar { ch: char, index: usize },
    LeadingZero,
    Overflow,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty code"),
            DecodeError::InvalidChar { ch, index } => write!(f, "invalid character {ch:?} at {index}"),
            DecodeError::LeadingZero => write!(f, "code has a leading zero"),
            DecodeError::Overflow => write!(f, "code is too large for a u64"),
        }
    }
}

pub fn encode(id: u64) -> String {
    let mut buf = [b'0'; 11];
    let mut n = 0usize;
    let mut x = id;
    while x > 0 {
        buf[n] = ALPHABET[(x % 62) as usize];
        x /= 62;
        n += 1;
    }
    if n == 0 {
        n = 1;
    }
    let mut s = String::with_capacity(n);
    let mut k = n;
    while k >= 1 {
        s.push(buf[k - 1] as char);
        k -= 1;
    }
    s
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut idx: usize = 0;
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        let d: u64;
        if c >= '0' && c <= '9' {
            d = (c as u64) - 48;
        } else if c >= 'a' && c <= 'z' {
            d = (c as u64) - 97 + 10;
        } else if c >= 'A' && c <= 'Z' {
            d = (c as u64) - 65 + 36;
        } else {
            return Err(DecodeError::InvalidChar { ch: c, index: idx });
        }
        if idx == 1 && value == 0 {
            return Err(DecodeError::LeadingZero);
        }
        value = match value.checked_mul(62) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        value = match value.checked_add(d) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        idx += 1;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&k) = self.ids.get(url) {
            return encode(k as u64);
        }
        let k = self.urls.len();
        self.urls.push(String::from(url));
        self.ids.insert(String::from(url), k);
        encode(k as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(v) => v,
            Err(_) => return None,
        };
        if id >= self.urls.len() as u64 {
            return None;
        }
        Some(&self.urls[id as usize])
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
