// learner: optimal
// idiom: u128 accumulator with bound check per digit, ALPHABET.iter().position for digit value, bytes + char_indices, if-heavy
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The string is empty.
    Empty,
    /// `ch` at char index `index` is not a base62 digit.
    InvalidChar { ch: char, index: usize },
    /// A code longer than one digit starts with `'0'`; codes are canonical.
    LeadingZero,
    /// The value does not fit in a `u64`.
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

use std::collections::HashMap;

pub fn encode(id: u64) -> String {
    let mut out = String::new();
    let mut n = id;
    let mut place: u64 = 1;
    while n / place >= 62 {
        place *= 62;
    }
    loop {
        let d = n / place;
        out.push(ALPHABET[d as usize] as char);
        n -= d * place;
        if place == 1 {
            break;
        }
        place /= 62;
    }
    out
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut total: u128 = 0;
    let mut count = 0usize;
    for ch in code.chars() {
        let pos = if ch.is_ascii() { ALPHABET.iter().position(|&a| a == ch as u8) } else { None };
        if pos.is_none() {
            return Err(DecodeError::InvalidChar { ch, index: count });
        }
        if count == 1 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        total = total * 62 + pos.unwrap() as u128;
        if total > u64::MAX as u128 {
            return Err(DecodeError::Overflow);
        }
        count += 1;
    }
    Ok(total as u64)
}

#[derive(Debug, Default)]
pub struct Shortener {
    list: Vec<String>,
    lookup: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if !self.lookup.contains_key(url) {
            let id = self.list.len() as u64;
            self.lookup.insert(url.to_string(), id);
            self.list.push(url.to_string());
        }
        encode(self.lookup[url])
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        if let Ok(id) = decode(code) {
            if (id as u128) < self.list.len() as u128 {
                return Some(self.list[id as usize].as_str());
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.lookup.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lookup.is_empty()
    }
}
