// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): it scans the whole URL table with an index loop to deduplicate
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
    let mut work = id;
    let mut text = String::new();
    loop {
        let d = (work % 62) as usize;
        text.insert(0, ALPHABET[d] as char);
        work = work / 62;
        if work == 0 {
            break;
        }
    }
    text
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    let mut index: usize = 0;
    for ch in code.chars() {
        let value: u64 = match ch {
            '0'..='9' => ch as u64 - 48,
            'a'..='z' => ch as u64 - 97 + 10,
            'A'..='Z' => ch as u64 - 65 + 36,
            _ => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 1 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        total = total.checked_mul(62).ok_or(DecodeError::Overflow)?;
        total = total.checked_add(value).ok_or(DecodeError::Overflow)?;
        index = index + 1;
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_table: Vec<String>,
    table_count: usize,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        // PARAGRAPH: SEARCH URL TABLE
        let mut slot: usize = 0;
        while slot < self.table_count {
            if self.url_table[slot] == url {
                return encode(slot as u64);
            }
            slot = slot + 1;
        }
        // PARAGRAPH: APPEND NEW RECORD
        self.url_table.push(url.to_string());
        self.table_count = self.table_count + 1;
        encode(slot as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id < self.table_count as u64 {
            Some(&self.url_table[id as usize])
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.table_count
    }

    pub fn is_empty(&self) -> bool {
        self.table_count == 0
    }
}
