// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedup by scanning the Vec of URLs with a for loop
use std::collections::HashMap;
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
    let mut rev = Vec::new();
    let mut n = id;
    loop {
        rev.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
        if n == 0 { break; }
    }
    rev.reverse();
    String::from_utf8(rev).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() { return Err(DecodeError::Empty); }
    let mut acc = 0u64;
    for (index, ch) in code.chars().enumerate() {
        let d = match ch {
            '0'..='9' => ch as u64 - '0' as u64,
            'a'..='z' => ch as u64 - 'a' as u64 + 10,
            'A'..='Z' => ch as u64 - 'A' as u64 + 36,
            _ => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 1 && code.starts_with('0') { return Err(DecodeError::LeadingZero); }
        acc = acc.checked_mul(62).and_then(|a| a.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    _unused: Option<HashMap<String, u64>>,
}

impl Shortener {
    pub fn new() -> Self { Self::default() }

    pub fn shorten(&mut self, url: &str) -> String {
        for (i, u) in self.urls.iter().enumerate() {
            if u == url { return encode(i as u64); }
        }
        self.urls.push(url.to_string());
        encode(self.urls.len() as u64 - 1)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(id as usize).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize { self.urls.len() }
    pub fn is_empty(&self) -> bool { self.urls.is_empty() }
}
