// learner: optimal
// idiom: SQL stored-procedure developer: fixed-width CHAR(11) buffer filled right to left, byte-range CASE for digits, and two hash indexes (both directions) instead of a Vec
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

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut buf = [b'0'; 11]; // CHAR(11)
    let mut pos = buf.len();
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n /= 62;
        if n == 0 {
            break;
        }
    }
    // SUBSTRING(buf, pos, 11 - pos)
    std::str::from_utf8(&buf[pos..]).expect("ascii").to_owned()
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut value: u64 = 0;
    let mut index = 0usize;
    let mut chars = code.chars();
    while let Some(ch) = chars.next() {
        if index == 1 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        // CASE WHEN ch BETWEEN '0' AND '9' THEN ... END
        let digit: u64 = if ch.is_ascii_digit() {
            (ch as u8 - b'0') as u64
        } else if ch.is_ascii_lowercase() {
            (ch as u8 - b'a') as u64 + 10
        } else if ch.is_ascii_uppercase() {
            (ch as u8 - b'A') as u64 + 36
        } else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        value = match value.checked_mul(62).and_then(|v| v.checked_add(digit)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    if index == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(value)
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    url_by_id: HashMap<u64, String>,
    id_by_url: HashMap<String, u64>,
    next_id: u64,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let existing = self.id_by_url.get(url).copied();
        let id = match existing {
            Some(id) => id,
            None => {
                let id = self.next_id;
                self.next_id += 1;
                self.id_by_url.insert(url.to_owned(), id);
                self.url_by_id.insert(id, url.to_owned());
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) => self.url_by_id.get(&id).map(String::as_str),
            Err(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        self.id_by_url.len()
    }

    pub fn is_empty(&self) -> bool {
        self.id_by_url.is_empty()
    }
}
