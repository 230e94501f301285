// learner: optimal
// idiom: R-style: digits collected into a vector then reversed and mapped through the alphabet; helper fns; Vec + HashMap index
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

fn digits_lsb_first(mut id: u64) -> Vec<u8> {
    let mut ds = vec![(id % 62) as u8];
    id /= 62;
    while id > 0 {
        ds.push((id % 62) as u8);
        id /= 62;
    }
    ds
}

pub fn encode(id: u64) -> String {
    digits_lsb_first(id)
        .iter()
        .rev()
        .map(|&d| ALPHABET[d as usize] as char)
        .collect()
}

fn digit_value(c: char) -> Option<u64> {
    ALPHABET.iter().position(|&a| a as char == c).map(|p| p as u64)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
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
