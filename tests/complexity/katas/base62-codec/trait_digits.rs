// learner: optimal
// idiom: heavy generics/traits: a Radix trait with an impl, generic encode/decode helpers
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

trait Radix {
    const BASE: u64;
    fn digit_char(d: u64) -> char;
    fn char_digit(c: char) -> Option<u64>;
}

struct Base62;

impl Radix for Base62 {
    const BASE: u64 = 62;

    fn digit_char(d: u64) -> char {
        ALPHABET[d as usize] as char
    }

    fn char_digit(c: char) -> Option<u64> {
        match c {
            '0'..='9' => Some(c as u64 - '0' as u64),
            'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
            'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
            _ => None,
        }
    }
}

fn encode_with<R: Radix>(mut id: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(R::digit_char(id % R::BASE));
        id /= R::BASE;
        if id == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

fn decode_with<R: Radix>(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = R::char_digit(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && d == 0 && code.len() > 1 {
            // leading zero; but an invalid char later must win? errors are left to right,
            // and the leading zero is seen at index 0, before anything else.
            return Err(DecodeError::LeadingZero);
        }
        value = value
            .checked_mul(R::BASE)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

pub fn encode(id: u64) -> String {
    encode_with::<Base62>(id)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    decode_with::<Base62>(code)
}

trait Store<K, V> {
    fn lookup(&self, k: &K) -> Option<&V>;
}

impl Store<usize, String> for Vec<String> {
    fn lookup(&self, k: &usize) -> Option<&String> {
        self.get(*k)
    }
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
        self.by_id.push(url.to_string());
        self.by_url.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = usize::try_from(decode(code).ok()?).ok()?;
        self.by_id.lookup(&id).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
