// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): a while loop over all stored URLs compares each one
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

pub fn encode(mut n: u64) -> String {
    let mut buf = [b'0'; 11];
    let mut i = 11;
    loop {
        i -= 1;
        buf[i] = ALPHABET[(n % 62) as usize];
        n /= 62;
        if n == 0 {
            break;
        }
    }
    String::from_utf8_lossy(&buf[i..]).into_owned()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut n: u64 = 0;
    let mut count = 0;
    let mut first_zero = false;
    for (i, c) in code.chars().enumerate() {
        let d = if c.is_ascii_digit() {
            c as u64 - 48
        } else if c.is_ascii_lowercase() {
            c as u64 - 97 + 10
        } else if c.is_ascii_uppercase() {
            c as u64 - 65 + 36
        } else {
            return Err(DecodeError::InvalidChar { ch: c, index: i });
        };
        if i == 0 {
            first_zero = d == 0;
        } else if first_zero {
            return Err(DecodeError::LeadingZero);
        }
        n = match n.checked_mul(62).and_then(|x| x.checked_add(d)) {
            Some(x) => x,
            None => return Err(DecodeError::Overflow),
        };
        count += 1;
    }
    if count == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(n)
}

#[derive(Debug, Default)]
pub struct Shortener {
    list: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let mut i = 0;
        while i < self.list.len() {
            if self.list[i] == url {
                return encode(i as u64);
            }
            i += 1;
        }
        self.list.push(url.to_string());
        encode(i as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) => self.list.get(id as usize).map(|s| &s[..]),
            Err(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}
