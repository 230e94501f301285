// learner: optimal
// idiom: textbook: match on char ranges for digit values, Vec<u8> pushed then reversed, checked_mul/checked_add with match, HashMap + Vec
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
    let mut remaining = id;
    let mut digits: Vec<u8> = Vec::new();
    while remaining > 0 {
        let digit = (remaining % 62) as usize;
        digits.push(ALPHABET[digit]);
        remaining /= 62;
    }
    digits.reverse();
    String::from_utf8(digits).expect("alphabet is ascii")
}

fn digit_value(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let digit = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        value = match value.checked_mul(62).and_then(|v| v.checked_add(digit)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls_by_id: Vec<String>,
    ids_by_url: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&existing_id) = self.ids_by_url.get(url) {
            return encode(existing_id);
        }
        let new_id = self.urls_by_id.len() as u64;
        self.urls_by_id.push(url.to_string());
        self.ids_by_url.insert(url.to_string(), new_id);
        encode(new_id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) => self.urls_by_id.get(id as usize).map(|s| s.as_str()),
            Err(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        self.urls_by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls_by_id.is_empty()
    }
}
