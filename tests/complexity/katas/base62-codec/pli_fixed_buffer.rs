// learner: optimal
// idiom: PL/I-style: fixed 11-byte digit buffer with an explicit fill counter, paragraph helpers, record-per-URL table plus index map
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

const BASE: u64 = 62;
const MAX_DIGITS: usize = 11;

pub fn encode(id: u64) -> String {
    let mut buffer: [u8; MAX_DIGITS] = [b'0'; MAX_DIGITS];
    let mut fill: usize = MAX_DIGITS;
    let mut work: u64 = id;
    loop {
        fill = fill - 1;
        buffer[fill] = ALPHABET[(work % BASE) as usize];
        work = work / BASE;
        if work == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(MAX_DIGITS - fill);
    let mut pos = fill;
    while pos < MAX_DIGITS {
        out.push(buffer[pos] as char);
        pos = pos + 1;
    }
    out
}

fn para_digit_value(ch: char) -> i32 {
    if ch >= '0' && ch <= '9' {
        return (ch as u8 - b'0') as i32;
    }
    if ch >= 'a' && ch <= 'z' {
        return (ch as u8 - b'a') as i32 + 10;
    }
    if ch >= 'A' && ch <= 'Z' {
        return (ch as u8 - b'A') as i32 + 36;
    }
    -1
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    let mut index: usize = 0;
    let mut first_was_zero = false;
    for ch in code.chars() {
        let value = para_digit_value(ch);
        if value < 0 {
            return Err(DecodeError::InvalidChar { ch, index });
        }
        if index == 0 && value == 0 {
            first_was_zero = true;
        }
        if index == 1 && first_was_zero {
            return Err(DecodeError::LeadingZero);
        }
        total = match total.checked_mul(BASE) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
        total = match total.checked_add(value as u64) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
        index = index + 1;
    }
    Ok(total)
}

#[derive(Debug, Default)]
struct UrlRecord {
    url_text: String,
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_file: Vec<UrlRecord>,
    url_index: HashMap<String, usize>,
    record_count: usize,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(found) = self.url_index.get(url) {
            return encode(*found as u64);
        }
        let new_id = self.record_count;
        self.url_file.push(UrlRecord { url_text: url.to_string() });
        self.url_index.insert(url.to_string(), new_id);
        self.record_count = self.record_count + 1;
        encode(new_id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(v) => v,
            Err(_) => return None,
        };
        if id >= self.record_count as u64 {
            return None;
        }
        Some(self.url_file[id as usize].url_text.as_str())
    }

    pub fn len(&self) -> usize {
        self.record_count
    }

    pub fn is_empty(&self) -> bool {
        self.record_count == 0
    }
}
