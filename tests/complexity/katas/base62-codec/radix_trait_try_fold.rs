// learner: optimal
// idiom: Digit trait + Radix62 unit struct with associated fns, try_fold decode, HashMap+Vec shortener in an impl block
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

trait Digit: Sized {
    fn digit_value(self) -> Option<u64>;
}

impl Digit for char {
    fn digit_value(self) -> Option<u64> {
        let v = match self {
            '0'..='9' => self as u32 - '0' as u32,
            'a'..='z' => self as u32 - 'a' as u32 + 10,
            'A'..='Z' => self as u32 - 'A' as u32 + 36,
            _ => return None,
        };
        Some(u64::from(v))
    }
}

struct Radix62;

impl Radix62 {
    const BASE: u64 = 62;

    fn push_digits(mut id: u64, out: &mut Vec<u8>) {
        loop {
            out.push(ALPHABET[(id % Self::BASE) as usize]);
            id /= Self::BASE;
            if id == 0 {
                break;
            }
        }
        out.reverse();
    }

    fn step(acc: u64, (index, ch): (usize, char), first_is_zero: bool) -> Result<u64, DecodeError> {
        if index == 1 && first_is_zero {
            return Err(DecodeError::LeadingZero);
        }
        let d = ch.digit_value().ok_or(DecodeError::InvalidChar { ch, index })?;
        acc.checked_mul(Self::BASE)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)
    }
}

pub fn encode(id: u64) -> String {
    let mut buf = Vec::with_capacity(11);
    Radix62::push_digits(id, &mut buf);
    String::from_utf8(buf).expect("alphabet is ASCII")
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let first_is_zero = code.starts_with('0');
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, item| Radix62::step(acc, item, first_is_zero))
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    by_url: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&id) = self.by_url.get(url) {
            return encode(id);
        }
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_owned());
        self.by_url.insert(url.to_owned(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        usize::try_from(id).ok().and_then(|i| self.by_id.get(i)).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
