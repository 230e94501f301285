// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): deduplicates by walking every stored URL in a for loop before handing out a new id
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

pub fn encode(mut id: u64) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, ALPHABET[(id % 62) as usize] as char);
        id /= 62;
        if id == 0 {
            break;
        }
    }
    s
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut n: u64 = 0;
    for (i, c) in code.chars().enumerate() {
        let d = match ALPHABET.iter().position(|&a| a as char == c) {
            Some(d) => d as u64,
            None => return Err(DecodeError::InvalidChar { ch: c, index: i }),
        };
        if i == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        n = match n.checked_mul(62).and_then(|m| m.checked_add(d)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(n)
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
        for (i, stored) in self.urls.iter().enumerate() {
            if stored == url {
                return encode(i as u64);
            }
        }
        self.urls.push(url.to_string());
        encode(self.urls.len() as u64 - 1)
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
