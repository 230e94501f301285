// learner: optimal
// idiom: Clojure developer: encode as an unfold (iter::successors over the quotient) reversed into a String, decode as a try_fold over enumerated chars, shortener = vector of urls + HashMap index
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
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
    let digits: Vec<u8> = std::iter::successors(Some(id), |&q| (q >= 62).then(|| q / 62))
        .map(|q| ALPHABET[(q % 62) as usize])
        .collect();
    digits.iter().rev().map(|&b| b as char).collect()
}

fn digit_value(c: char) -> Option<u64> {
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
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62).and_then(|v| v.checked_add(d)).ok_or(DecodeError::Overflow)
    })
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
        let next = self.urls.len() as u64;
        let id = *self.ids.entry(url.to_owned()).or_insert_with(|| next);
        if id == next {
            self.urls.push(url.to_owned());
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code).ok().and_then(|id| usize::try_from(id).ok()).and_then(|i| self.urls.get(i)).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
