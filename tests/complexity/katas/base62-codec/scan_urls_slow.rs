// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedups by scanning the Vec of stored URLs with a for loop
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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
    let mut n = id;
    let mut s = String::new();
    loop {
        s.insert(0, ALPHABET[(n % 62) as usize] as char);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    s
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = match ALPHABET.iter().position(|&a| a as char == ch) {
            Some(p) => p as u64,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        value = value.checked_mul(62).ok_or(DecodeError::Overflow)?;
        value = value.checked_add(d).ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
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
        for (i, u) in self.urls.iter().enumerate() {
            if u == url {
                return encode(i as u64);
            }
        }
        self.urls.push(url.to_string());
        encode((self.urls.len() - 1) as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(id as usize).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
