// learner: optimal
// idiom: iterator chains: successors/take_while for digits, try_fold for Horner decoding
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;
use std::iter::successors;

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

pub fn encode(id: u64) -> String {
    let mut digits: Vec<char> = successors(Some(id), |&x| Some(x / 62))
        .take_while(|&x| x > 0)
        .map(|x| ALPHABET[(x % 62) as usize] as char)
        .collect();
    if digits.is_empty() {
        digits.push('0');
    }
    digits.into_iter().rev().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = ALPHABET
            .iter()
            .position(|&a| a as char == ch)
            .ok_or(DecodeError::InvalidChar { ch, index })? as u64;
        if index == 1 && acc == 0 {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62).and_then(|v| v.checked_add(d)).ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    index: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.urls.len() as u64;
        let id = *self.index.entry(url.to_owned()).or_insert(next);
        if id == next {
            self.urls.push(url.to_owned());
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.urls.get(i))
            .map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
