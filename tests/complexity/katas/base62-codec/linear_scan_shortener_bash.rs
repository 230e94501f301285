// learner: slow
// idiom: Bash scripter: the shortener is one indexed array of URLs, and shorten greps it line by line for the URL before appending
// why: Shortener::shorten is O(n) per call (a linear search over every stored URL, O(n^2) for n URLs) vs the O(1) expected target; encode/decode/expand meet their targets
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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

fn digit_value(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - 48),
        'a'..='z' => Some(ch as u64 - 97 + 10),
        'A'..='Z' => Some(ch as u64 - 65 + 36),
        _ => None,
    }
}

pub fn encode(id: u64) -> String {
    let mut digits: Vec<u8> = Vec::new();
    let mut n = id;
    while n > 0 {
        digits.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    digits.reverse();
    String::from_utf8(digits).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    if code.len() > 1 && code.starts_with('0') {
        return Err(DecodeError::LeadingZero);
    }
    let mut total: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        total = match total.checked_mul(62).and_then(|t| t.checked_add(d)) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(total)
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
        // grep -n the list; if found, that line number is the id
        for (i, u) in self.urls.iter().enumerate() {
            if u == url {
                return encode(i as u64);
            }
        }
        self.urls.push(url.to_string());
        encode(self.urls.len() as u64 - 1)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id < self.urls.len() as u64 {
            Some(self.urls[id as usize].as_str())
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
