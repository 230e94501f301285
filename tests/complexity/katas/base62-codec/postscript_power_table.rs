// learner: optimal
// idiom: PostScript: a fixed array of the powers of 62; encode divides by the largest power first (digits come out in order, no reversal); the shortener keeps url -> id in a HashMap and id -> url in a second HashMap (two dictionaries)
// why: encode O(digits) (11 powers at most), decode O(k), shorten/expand O(1) expected
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

/// 62^0 .. 62^10: 62^10 still fits a u64, 62^11 does not.
fn powers() -> [u64; 11] {
    let mut p = [1u64; 11];
    for i in 1..11 {
        p[i] = p[i - 1] * 62;
    }
    p
}

fn value_of(ch: char) -> Option<u64> {
    if ch.is_ascii_digit() {
        Some(ch as u64 - 48)
    } else if ch.is_ascii_lowercase() {
        Some(ch as u64 - 97 + 10)
    } else if ch.is_ascii_uppercase() {
        Some(ch as u64 - 65 + 36)
    } else {
        None
    }
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let p = powers();
    let mut out = String::new();
    let mut rest = id;
    let mut started = false;
    let mut i = p.len();
    while i > 0 {
        i -= 1;
        let digit = rest / p[i];
        rest %= p[i];
        if digit != 0 || started || i == 0 {
            out.push(ALPHABET[digit as usize] as char);
            started = true;
        }
    }
    out
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    if chars.peek().is_none() {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    let mut leading = false;
    while let Some((index, ch)) = chars.next() {
        let v = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 {
            leading = v == 0;
        } else if leading {
            return Err(DecodeError::LeadingZero);
        }
        total = total
            .checked_mul(62)
            .and_then(|t| t.checked_add(v))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(total)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    next: u64,
    url_to_id: HashMap<String, u64>,
    id_to_url: HashMap<u64, String>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.url_to_id.get(url) {
            return encode(*id);
        }
        let id = self.next;
        self.next += 1;
        self.url_to_id.insert(url.to_owned(), id);
        self.id_to_url.insert(id, url.to_owned());
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.id_to_url.get(&id).map(String::as_str)
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.next as usize
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.next == 0
    }
}
