// learner: optimal
// idiom: Ada/SPARK safety engineer: a const 128-entry lookup table built at compile time, encode fills a fixed [u8; 11] buffer from the right, decode is a bounded loop with explicit overflow checks, shortener keeps ids in a HashMap with a capacity-checked id type
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

/// The maximum number of base62 digits of a u64 (62^11 > 2^64).
const MAX_DIGITS: usize = 11;
const BASE: u64 = 62;
const NOT_A_DIGIT: u8 = u8::MAX;

/// DIGIT_OF[b] is the value of ASCII byte b, or NOT_A_DIGIT.
const DIGIT_OF: [u8; 128] = {
    let mut table = [NOT_A_DIGIT; 128];
    let mut v = 0;
    while v < 62 {
        table[ALPHABET[v] as usize] = v as u8;
        v += 1;
    }
    table
};

pub fn encode(id: u64) -> String {
    let mut buffer = [0u8; MAX_DIGITS];
    let mut first = MAX_DIGITS;
    let mut rest = id;
    loop {
        first -= 1;
        buffer[first] = ALPHABET[(rest % BASE) as usize];
        rest /= BASE;
        if rest == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(MAX_DIGITS - first);
    for &b in &buffer[first..] {
        out.push(b as char);
    }
    out
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut index: usize = 0;
    let mut leading_zero = false;
    for ch in code.chars() {
        let digit = if (ch as u32) < 128 { DIGIT_OF[ch as usize] } else { NOT_A_DIGIT };
        if digit == NOT_A_DIGIT {
            return Err(DecodeError::InvalidChar { ch, index });
        }
        if index == 0 {
            leading_zero = digit == 0;
        } else if leading_zero {
            return Err(DecodeError::LeadingZero);
        }
        value = match value.checked_mul(BASE) {
            Some(shifted) => match shifted.checked_add(u64::from(digit)) {
                Some(v) => v,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    /// by_id[id] = the URL with that id.
    by_id: Vec<String>,
    /// by_url[url] = its id; inverse of by_id.
    by_url: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&known) = self.by_url.get(url) {
            return encode(known);
        }
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_string());
        self.by_url.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
        if id >= self.by_id.len() as u64 {
            return None;
        }
        Some(self.by_id[id as usize].as_str())
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
