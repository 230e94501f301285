// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): deduplicates by scanning the Vec of stored URLs with position()
//! Base62 short codes, with a registry that only keeps the id -> URL direction.

use std::fmt;

/// The digits, in value order.
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

/// Radix of the codec.
const RADIX: u64 = 62;

/// Value of one code character.
fn value_of(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

/// The shortest base62 representation of `id`.
pub fn encode(id: u64) -> String {
    let mut reversed = Vec::new();
    let mut rest = id;
    while rest >= RADIX {
        reversed.push(ALPHABET[(rest % RADIX) as usize]);
        rest /= RADIX;
    }
    reversed.push(ALPHABET[rest as usize]);
    reversed.iter().rev().map(|&b| b as char).collect()
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value = 0u64;
    for (index, ch) in code.chars().enumerate() {
        let digit = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && digit == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        value = value
            .checked_mul(RADIX)
            .and_then(|v| v.checked_add(digit))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.urls.iter().position(|known| known == url) {
            Some(existing) => existing,
            None => {
                self.urls.push(url.to_string());
                self.urls.len() - 1
            }
        };
        encode(id as u64)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()? as usize;
        self.urls.get(id).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
