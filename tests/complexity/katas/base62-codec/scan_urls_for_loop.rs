// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): a for loop over every stored URL to find a duplicate
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
    let mut digits = Vec::new();
    let mut n = id;
    loop {
        digits.push(ALPHABET[(n % 62) as usize] as char);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut result: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let value = match ch {
            '0'..='9' => ch as u64 - 48,
            'a'..='z' => ch as u64 - 97 + 10,
            'A'..='Z' => ch as u64 - 65 + 36,
            _ => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        result = match result.checked_mul(62) {
            Some(r) => match r.checked_add(value) {
                Some(r) => r,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(result)
}

#[derive(Debug, Default)]
pub struct Shortener {
    stored_urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    fn lookup_id_of(&self, url: &str) -> Option<u64> {
        for (id, stored) in self.stored_urls.iter().enumerate() {
            if stored == url {
                return Some(id as u64);
            }
        }
        None
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.lookup_id_of(url) {
            return encode(id);
        }
        self.stored_urls.push(url.to_string());
        encode(self.stored_urls.len() as u64 - 1)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        if let Ok(id) = decode(code) {
            if let Some(url) = self.stored_urls.get(id as usize) {
                return Some(url);
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.stored_urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stored_urls.is_empty()
    }
}
