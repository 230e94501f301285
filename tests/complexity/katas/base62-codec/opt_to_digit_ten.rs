// learner: optimal
// idiom: digit values by a match on char ranges, char::to_digit(10) for the decimal digits
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

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    // u64::MAX has 11 base62 digits.
    let mut digits = [0u8; 11];
    let mut start = digits.len();
    let mut rest = id;
    loop {
        start -= 1;
        digits[start] = ALPHABET[(rest % 62) as usize];
        rest /= 62;
        if rest == 0 {
            break;
        }
    }
    digits[start..].iter().map(|&b| b as char).collect()
}

/// The value of one base62 digit.
fn digit_value(ch: char) -> Option<u64> {
    let v = match ch {
        '0'..='9' => ch.to_digit(10)?,
        'a'..='z' => ch as u32 - 'a' as u32 + 10,
        'A'..='Z' => ch as u32 - 'A' as u32 + 36,
        _ => return None,
    };
    Some(v as u64)
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let digit = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && value == 0 {
            return Err(DecodeError::LeadingZero);
        }
        value = value
            .checked_mul(62)
            .and_then(|v| v.checked_add(digit))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    /// `urls[id]` is the URL with that id.
    urls: Vec<String>,
    /// Reverse lookup, so that repeated URLs reuse their id.
    ids: HashMap<String, u64>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&id) = self.ids.get(url) {
            return encode(id);
        }
        let id = self.urls.len() as u64;
        self.urls.push(url.to_string());
        self.ids.insert(url.to_string(), id);
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        let index = usize::try_from(id).ok()?;
        self.urls.get(index).map(String::as_str)
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.urls.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
