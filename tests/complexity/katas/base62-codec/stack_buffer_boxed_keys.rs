// learner: optimal
// idiom: fixed [u8; 11] stack buffer filled from the end, byte-range match decode with early returns, Box<str> keys in the maps
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
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

const MAX_DIGITS: usize = 11;

pub fn encode(mut id: u64) -> String {
    let mut buf = [0u8; MAX_DIGITS];
    let mut start = MAX_DIGITS;
    loop {
        start -= 1;
        buf[start] = ALPHABET[(id % 62) as usize];
        id /= 62;
        if id == 0 {
            break;
        }
    }
    buf[start..].iter().map(|&b| b as char).collect()
}

fn digit(ch: char) -> Option<u64> {
    if !ch.is_ascii() {
        return None;
    }
    let b = ch as u8;
    Some(u64::from(match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'z' => b - b'a' + 10,
        b'A'..=b'Z' => b - b'A' + 36,
        _ => return None,
    }))
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate();
    let Some((_, first)) = chars.next() else {
        return Err(DecodeError::Empty);
    };
    let mut value = digit(first).ok_or(DecodeError::InvalidChar { ch: first, index: 0 })?;
    for (index, ch) in chars {
        if value == 0 {
            return Err(DecodeError::LeadingZero);
        }
        let d = digit(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        value = value
            .checked_mul(62)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<Box<str>>,
    reverse: HashMap<Box<str>, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.table.len();
        let id = *self.reverse.entry(url.into()).or_insert(next);
        if id == next {
            self.table.push(url.into());
        }
        encode(id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if id < self.table.len() as u64 => Some(&self.table[id as usize]),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
