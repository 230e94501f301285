// learner: optimal
// idiom: Tcl-ish: `string first` digit lookup via ALPHABET.iter().position (62 fixed entries), while loops with counters, Vec<String> + HashMap reverse dict
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

// helper proc: like [string first $ch $alphabet]
fn digit_of(ch: char) -> Option<u64> {
    if !ch.is_ascii() {
        return None;
    }
    let b = ch as u8;
    ALPHABET.iter().position(|&a| a == b).map(|p| p as u64)
}

pub fn encode(id: u64) -> String {
    if id == 0 {
        return "0".to_string();
    }
    let mut rest = id;
    let mut digits: Vec<u8> = Vec::new();
    while rest > 0 {
        digits.push(ALPHABET[(rest % 62) as usize]);
        rest = rest / 62;
    }
    digits.reverse();
    String::from_utf8(digits).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut index = 0;
    let mut first_was_zero = false;
    for ch in code.chars() {
        let d = match digit_of(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 0 && d == 0 {
            first_was_zero = true;
        }
        if index == 1 && first_was_zero {
            return Err(DecodeError::LeadingZero);
        }
        value = match value.checked_mul(62).and_then(|v| v.checked_add(d)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
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
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
        if id >= self.urls.len() as u64 {
            return None;
        }
        Some(self.urls[id as usize].as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.len() == 0
    }
}
