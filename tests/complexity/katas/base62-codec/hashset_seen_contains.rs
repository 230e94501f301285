// learner: optimal
// idiom: HashSet<String> of seen URLs checked with self.seen.contains(url) (O(1) expected) before the id map lookup; digits via to_digit(10) + byte arithmetic
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
use std::collections::HashSet;

pub fn encode(id: u64) -> String {
    if id == 0 {
        return "0".to_string();
    }
    let mut rev = Vec::new();
    let mut n = id;
    while n > 0 {
        rev.push(ALPHABET[(n % 62) as usize] as char);
        n /= 62;
    }
    rev.iter().rev().collect()
}

fn value(ch: char) -> Option<u64> {
    if let Some(d) = ch.to_digit(10) {
        return Some(d as u64);
    }
    match ch {
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut acc = 0u64;
    for (index, ch) in code.chars().enumerate() {
        let Some(d) = value(ch) else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        if index > 0 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc.checked_mul(62).ok_or(DecodeError::Overflow)?;
        acc = acc.checked_add(d).ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    seen: HashSet<String>,
    ids: HashMap<String, u64>,
    urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if self.seen.contains(url) {
            return encode(self.ids[url]);
        }
        let id = self.urls.len() as u64;
        self.seen.insert(url.to_string());
        self.ids.insert(url.to_string(), id);
        self.urls.push(url.to_string());
        encode(id)
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
