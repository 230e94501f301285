// learner: optimal
// idiom: Python-ish: chars().enumerate() with match on char ranges, checked ops chained with and_then + ok_or, HashMap entry API with or_insert_with pushing onto the Vec
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
    let mut digits = Vec::new();
    let mut rest = id;
    while rest > 0 || digits.is_empty() {
        digits.push(ALPHABET[(rest % 62) as usize] as char);
        rest /= 62;
    }
    digits.iter().rev().collect()
}

fn value(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let v = value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && v == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        total = total
            .checked_mul(62)
            .and_then(|t| t.checked_add(v))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let urls = &mut self.urls;
        let id = *self.ids.entry(url.to_owned()).or_insert_with(|| {
            urls.push(url.to_owned());
            (urls.len() - 1) as u64
        });
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        let idx = usize::try_from(id).ok()?;
        self.urls.get(idx).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
