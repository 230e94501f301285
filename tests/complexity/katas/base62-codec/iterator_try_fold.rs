// learner: optimal
// idiom: iterator enthusiast: successors() for digits, try_fold Horner decode, entry API in shorten, a DigitValue trait on char
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::hash_map::Entry;
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

trait Base62Digit {
    fn base62(self) -> Option<u64>;
}

impl Base62Digit for char {
    fn base62(self) -> Option<u64> {
        match self {
            '0'..='9' => Some(u64::from(self) - u64::from('0')),
            'a'..='z' => Some(u64::from(self) - u64::from('a') + 10),
            'A'..='Z' => Some(u64::from(self) - u64::from('A') + 36),
            _ => None,
        }
    }
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut digits: Vec<u8> = std::iter::successors(Some(id), |&n| (n >= 62).then(|| n / 62))
        .map(|n| ALPHABET[(n % 62) as usize])
        .collect();
    digits.reverse();
    digits.into_iter().map(char::from).collect()
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().peekable();
    match (chars.next(), chars.peek()) {
        (None, _) => return Err(DecodeError::Empty),
        (Some('0'), Some(_)) => return Err(DecodeError::LeadingZero),
        _ => {}
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = ch.base62().ok_or(DecodeError::InvalidChar { ch, index })?;
        acc.checked_mul(62)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)
    })
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    by_url: HashMap<String, u64>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.by_id.len() as u64;
        let id = match self.by_url.entry(url.to_owned()) {
            Entry::Occupied(o) => *o.get(),
            Entry::Vacant(v) => {
                self.by_id.push(v.key().clone());
                *v.insert(next)
            }
        };
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.by_id.get(i))
            .map(String::as_str)
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
