// learner: optimal
// idiom: recursive encode, digit lookup by ALPHABET.iter().position (62 constant), entry API on HashMap<String, usize>
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

fn encode_into(id: u64, out: &mut String) {
    if id >= 62 {
        encode_into(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    encode_into(id, &mut s);
    s
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut n = 0u64;
    for (i, c) in code.chars().enumerate() {
        let d = if c.is_ascii() {
            ALPHABET.iter().position(|&a| a == c as u8)
        } else {
            None
        };
        let Some(d) = d else {
            return Err(DecodeError::InvalidChar { ch: c, index: i });
        };
        if i > 0 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        n = n
            .checked_mul(62)
            .and_then(|n| n.checked_add(d as u64))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(n)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.urls.len();
        let id = *self.ids.entry(url.to_string()).or_insert(next);
        if id == next {
            self.urls.push(url.to_string());
        }
        encode(id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        let idx = usize::try_from(id).ok()?;
        self.urls.get(idx).map(|u| u.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
