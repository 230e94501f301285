// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, extra checks, mem::take on a scratch buffer
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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
    if id == 0 {
        return String::from("0");
    }
    let mut reversed: Vec<u8> = Vec::with_capacity(11);
    let mut remaining = id;
    while remaining > 0 {
        let digit = (remaining % 62) as usize;
        if digit >= ALPHABET.len() {
            // cannot happen, but be safe
            return String::new();
        }
        reversed.push(ALPHABET[digit]);
        remaining = remaining / 62;
    }
    reversed.reverse();
    match String::from_utf8(reversed) {
        Ok(s) => s,
        Err(_) => String::new(),
    }
}

fn digit_value(ch: char) -> Option<u64> {
    if ch >= '0' && ch <= '9' {
        return Some((ch as u64) - ('0' as u64));
    }
    if ch >= 'a' && ch <= 'z' {
        return Some((ch as u64) - ('a' as u64) + 10);
    }
    if ch >= 'A' && ch <= 'Z' {
        return Some((ch as u64) - ('A' as u64) + 36);
    }
    None
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut index: usize = 0;
    let mut first_was_zero = false;
    for ch in code.chars() {
        let digit = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 0 && digit == 0 {
            first_was_zero = true;
        }
        if index == 1 && first_was_zero {
            return Err(DecodeError::LeadingZero);
        }
        let multiplied = match value.checked_mul(62) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        value = match multiplied.checked_add(digit) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, u64>,
    scratch: String,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        match self.ids.get(url) {
            Some(existing) => return encode(*existing),
            None => {}
        }
        let id = self.urls.len() as u64;
        let mut owned = std::mem::take(&mut self.scratch);
        owned.clear();
        owned.push_str(url);
        self.ids.insert(owned.clone(), id);
        self.urls.push(owned);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
        if id >= self.urls.len() as u64 {
            return None;
        }
        match self.urls.get(id as usize) {
            Some(url) => Some(url.as_str()),
            None => None,
        }
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.len() == 0
    }
}
