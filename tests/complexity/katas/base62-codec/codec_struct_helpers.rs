// learner: optimal
// idiom: Java-ish: private Digit helper fns returning Option, Vec<char> collected then reversed, checked_mul/checked_add via and_then, entry API with closure pushing into the Vec
//! Base62 codec and shortener.

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

const BASE: u64 = 62;

fn digit_char(value: u64) -> char {
    ALPHABET[value as usize] as char
}

fn digit_value(c: char) -> Option<u64> {
    if c.is_ascii_digit() {
        Some(c as u64 - '0' as u64)
    } else if c.is_ascii_lowercase() {
        Some(c as u64 - 'a' as u64 + 10)
    } else if c.is_ascii_uppercase() {
        Some(c as u64 - 'A' as u64 + 36)
    } else {
        None
    }
}

fn push_digit(acc: u64, d: u64) -> Option<u64> {
    acc.checked_mul(BASE).and_then(|v| v.checked_add(d))
}

pub fn encode(id: u64) -> String {
    let mut rest = id;
    let mut reversed: Vec<char> = Vec::new();
    loop {
        reversed.push(digit_char(rest % BASE));
        rest /= BASE;
        if rest == 0 {
            break;
        }
    }
    reversed.iter().rev().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 0 && d == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        total = match push_digit(total, d) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
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
        let id = *self.ids.entry(url.to_string()).or_insert_with(|| {
            urls.push(url.to_string());
            (urls.len() - 1) as u64
        });
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        let idx = usize::try_from(id).ok()?;
        self.urls.get(idx).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
