// learner: slow
// idiom: Ada/SPARK safety engineer: one table of (id, url) records searched sequentially, as one would with a bounded array in a certified system; codec written as plain bounded loops over bytes
// why: Shortener::shorten searches every stored URL for a duplicate: O(n) per call, O(n^2) for n URLs, vs the O(1) expected target with a URL -> id hash map
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

pub fn encode(id: u64) -> String {
    if id == 0 {
        return String::from("0");
    }
    let mut reversed: Vec<u8> = Vec::with_capacity(11);
    let mut rest = id;
    while rest > 0 {
        reversed.push(ALPHABET[(rest % 62) as usize]);
        rest /= 62;
    }
    let mut out = String::with_capacity(reversed.len());
    let mut k = reversed.len();
    while k > 0 {
        k -= 1;
        out.push(reversed[k] as char);
    }
    out
}

fn digit_value(ch: char) -> Option<u64> {
    if ch.is_ascii_digit() {
        Some(ch as u64 - b'0' as u64)
    } else if ch.is_ascii_lowercase() {
        Some(ch as u64 - b'a' as u64 + 10)
    } else if ch.is_ascii_uppercase() {
        Some(ch as u64 - b'A' as u64 + 36)
    } else {
        None
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let Some(d) = digit_value(ch) else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        if index == 1 && value == 0 {
            return Err(DecodeError::LeadingZero);
        }
        value = value.checked_mul(62).ok_or(DecodeError::Overflow)?;
        value = value.checked_add(d).ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

#[derive(Debug)]
struct Entry {
    id: u64,
    url: String,
}

#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<Entry>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        for entry in &self.table {
            if entry.url == url {
                return encode(entry.id);
            }
        }
        let id = self.table.len() as u64;
        self.table.push(Entry { id, url: url.to_string() });
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id < self.table.len() as u64 {
            Some(&self.table[id as usize].url)
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
