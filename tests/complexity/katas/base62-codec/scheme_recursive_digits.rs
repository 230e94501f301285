// learner: optimal
// idiom: Scheme-teacher style: encode by a small recursion (at most 11 deep), decode by try_fold with an accumulator, helper procedures named for what they answer
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

pub fn encode(id: u64) -> String {
    let mut out = String::new();
    write_digits(id, &mut out);
    out
}

/// Writes the more significant digits first, then the last one.
fn write_digits(n: u64, out: &mut String) {
    if n >= BASE {
        write_digits(n / BASE, out);
    }
    out.push(digit_char(n % BASE));
}

fn digit_char(d: u64) -> char {
    ALPHABET[d as usize] as char
}

fn value_of_digit(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

fn append_digit(acc: u64, d: u64) -> Result<u64, DecodeError> {
    acc.checked_mul(BASE)
        .and_then(|shifted| shifted.checked_add(d))
        .ok_or(DecodeError::Overflow)
}

fn starts_with_zero_and_continues(code: &str) -> bool {
    code.len() > 1 && code.starts_with('0')
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = value_of_digit(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && starts_with_zero_and_continues(code) {
            return Err(DecodeError::LeadingZero);
        }
        append_digit(acc, d)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    id_of: HashMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.id_of.get(url) {
            Some(&known) => known,
            None => self.remember(url),
        };
        encode(id as u64)
    }

    fn remember(&mut self, url: &str) -> usize {
        let fresh = self.by_id.len();
        self.by_id.push(url.to_owned());
        self.id_of.insert(url.to_owned(), fresh);
        fresh
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.by_id.get(id as usize).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
