// learner: slow
// idiom: PostScript: the URL array searched with an explicit index counter (`0 1 n 1 sub { ... } for` with `exit` on a match)
// why: shorten compares the URL with every stored one before it can give a new id: O(n) per call, O(n^2) for n URLs
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

/// value of one digit character, or None
fn digit_value(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    // u64::MAX has 11 digits in base 62
    let mut buf = [0u8; 11];
    let mut pos = buf.len();
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n /= 62;
        if n == 0 {
            break;
        }
    }
    String::from_utf8(buf[pos..].to_vec()).expect("alphabet is ascii")
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62).and_then(|v| v.checked_add(d)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(acc)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<String>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let n = self.table.len();
        let mut found = n; // n means "not there"
        let mut i = 0;
        while i < n {
            if self.table[i] == url {
                found = i;
                break;
            }
            i += 1;
        }
        if found == n {
            self.table.push(url.to_string());
        }
        encode(found as u64)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if (id as usize) < self.table.len() => Some(&self.table[id as usize]),
            _ => None,
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
