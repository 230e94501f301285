// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): checks for a known URL with a for loop over every stored URL
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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

pub fn encode(id: u64) -> String {
    let mut n = id;
    let mut digits: Vec<char> = Vec::new();
    loop {
        let d = (n % 62) as usize;
        digits.push(ALPHABET[d] as char);
        n = n / 62;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    let mut s = String::new();
    for d in digits {
        s.push(d);
    }
    s
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut result: u64 = 0;
    let mut pos = 0;
    for c in code.chars() {
        if pos == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        let value: u64;
        if c >= '0' && c <= '9' {
            value = c as u64 - '0' as u64;
        } else if c >= 'a' && c <= 'z' {
            value = c as u64 - 'a' as u64 + 10;
        } else if c >= 'A' && c <= 'Z' {
            value = c as u64 - 'A' as u64 + 36;
        } else {
            return Err(DecodeError::InvalidChar { ch: c, index: pos });
        }
        match result.checked_mul(62).and_then(|r| r.checked_add(value)) {
            Some(r) => result = r,
            None => return Err(DecodeError::Overflow),
        }
        pos += 1;
    }
    Ok(result)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        // did we already shorten this one?
        for (i, saved) in self.urls.iter().enumerate() {
            if saved == url {
                return encode(i as u64);
            }
        }
        self.urls.push(url.to_string());
        let id = self.urls.len() - 1;
        encode(id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        let id = id as usize;
        if id < self.urls.len() {
            Some(&self.urls[id])
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.len() == 0
    }
}
