// learner: optimal
// idiom: recursive encode (most significant digit first), try_fold decode, Rc<str> shared between Vec and HashMap
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
use std::rc::Rc;

fn push_digits(n: u64, out: &mut String) {
    if n >= 62 {
        push_digits(n / 62, out);
    }
    out.push(ALPHABET[(n % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    push_digits(id, &mut s);
    s
}

fn value_of(ch: char) -> Option<u64> {
    if ch.is_ascii_digit() {
        Some(ch as u64 - b'0' as u64)
    } else if ch.is_ascii_lowercase() {
        Some(ch as u64 - b'a' as u64 + 10)
    } else if ch.is_ascii_uppercase() {
        Some(ch as u64 - b'A' as u64 + 36)
    } else {
        None
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let leading_zero = code.starts_with('0') && code.len() > 1;
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && leading_zero {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62).and_then(|a| a.checked_add(d)).ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.index.get(url).copied() {
            Some(id) => id,
            None => {
                let shared: Rc<str> = Rc::from(url);
                let id = self.urls.len() as u64;
                self.urls.push(Rc::clone(&shared));
                self.index.insert(shared, id);
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.urls.get(i))
            .map(|rc| &**rc)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
