// learner: slow
// idiom: Nim systems programmer: a codec with byte loops and a digit-by-case proc, but the shortener is a single seq of URLs searched front to back for duplicates
// why: Shortener::shorten is O(n) per call (linear scan of every stored URL to find a duplicate), so n URLs cost O(n^2), vs the O(1) expected target; encode/decode/expand are optimal
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

fn digitOf(b: u8) -> Option<u64> {
    if b >= b'0' && b <= b'9' {
        return Some((b - b'0') as u64);
    }
    if b >= b'a' && b <= b'z' {
        return Some((b - b'a') as u64 + 10);
    }
    if b >= b'A' && b <= b'Z' {
        return Some((b - b'A') as u64 + 36);
    }
    None
}

pub fn encode(id: u64) -> String {
    let mut tmp: [u8; 11] = [0; 11];
    let mut n = id;
    let mut len = 0;
    while len == 0 || n > 0 {
        tmp[len] = ALPHABET[(n % 62) as usize];
        n /= 62;
        len += 1;
    }
    let mut result = String::with_capacity(len);
    while len > 0 {
        len -= 1;
        result.push(tmp[len] as char);
    }
    result
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut v: u64 = 0;
    for (i, ch) in code.chars().enumerate() {
        let d = if ch.is_ascii() { digitOf(ch as u8) } else { None };
        let d = match d {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch: ch, index: i }),
        };
        if i == 1 && v == 0 {
            return Err(DecodeError::LeadingZero);
        }
        v = v.checked_mul(62).ok_or(DecodeError::Overflow)?;
        v = v.checked_add(d).ok_or(DecodeError::Overflow)?;
    }
    Ok(v)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        for i in 0..self.urls.len() {
            if self.urls[i] == url {
                return encode(i as u64);
            }
        }
        self.urls.push(url.to_string());
        encode((self.urls.len() - 1) as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if id < self.urls.len() as u64 => Some(self.urls[id as usize].as_str()),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.len() == 0
    }
}
