// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedups by searching the stored URLs newest-first with iter().rev().position
//! Base62 codec and shortener.

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

pub fn encode(id: u64) -> String {
    let mut n = id;
    let mut v = vec![];
    loop {
        v.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
        if n == 0 { break; }
    }
    v.reverse();
    String::from_utf8(v).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut r: u64 = 0;
    for (i, c) in code.chars().enumerate() {
        let d = match c {
            '0'..='9' => c as u64 - '0' as u64,
            'a'..='z' => c as u64 - 'a' as u64 + 10,
            'A'..='Z' => c as u64 - 'A' as u64 + 36,
            _ => return Err(DecodeError::InvalidChar { ch: c, index: i }),
        };
        if i == 0 && d == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        r = r.checked_mul(62).and_then(|x| x.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(r)
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
        let n = self.urls.len();
        // recently shortened URLs are the likely repeats, so look from the back
        if let Some(back) = self.urls.iter().rev().position(|u| u == url) {
            return encode((n - 1 - back) as u64);
        }
        self.urls.push(url.to_string());
        encode(n as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(id as usize).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
