// learner: optimal
// idiom: Kotlin-dev style: match on char ranges, chars().enumerate(), checked arithmetic with ok_or, HashMap + Vec in struct
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

use std::collections::HashMap;

#[allow(non_snake_case)]
fn digitValue(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn encode(id: u64) -> String {
    if id == 0 {
        return "0".to_string();
    }
    let mut buf = Vec::new();
    let mut rest = id;
    while rest > 0 {
        buf.push(ALPHABET[(rest % 62) as usize]);
        rest /= 62;
    }
    buf.reverse();
    String::from_utf8(buf).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = digitValue(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        value = value
            .checked_mul(62)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&id) = self.ids.get(url) {
            return encode(id);
        }
        let id = self.urls.len() as u64;
        self.urls.push(url.to_string());
        self.ids.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(usize::try_from(id).ok()?).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
