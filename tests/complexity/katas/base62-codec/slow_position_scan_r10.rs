// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedup by self.urls.iter().position over every stored URL
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

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut buf = [0u8; 11];
    let mut pos = buf.len();
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n = n / 62;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(buf.len() - pos);
    for i in pos..buf.len() {
        out.push(buf[i] as char);
    }
    out
}

fn digit_value(c: char) -> (u64, bool) {
    if c >= '0' && c <= '9' {
        return (c as u64 - '0' as u64, true);
    }
    if c >= 'a' && c <= 'z' {
        return (c as u64 - 'a' as u64 + 10, true);
    }
    if c >= 'A' && c <= 'Z' {
        return (c as u64 - 'A' as u64 + 36, true);
    }
    (0, false)
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    if code.len() > 1 && code.as_bytes()[0] == b'0' {
        return Err(DecodeError::LeadingZero);
    }
    let mut value: u64 = 0;
    let mut index = 0;
    for c in code.chars() {
        let (d, ok) = digit_value(c);
        if !ok {
            return Err(DecodeError::InvalidChar { ch: c, index: index });
        }
        let shifted = match value.checked_mul(62) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        value = match shifted.checked_add(d) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    Ok(value)
}
/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.urls.iter().position(|u| u == url) {
            Some(i) => i,
            None => {
                self.urls.push(url.to_string());
                self.urls.len() - 1
            }
        };
        encode(id as u64)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(id as usize).map(|s| s.as_str())
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
