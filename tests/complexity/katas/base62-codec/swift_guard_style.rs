// learner: optimal
// idiom: Swift-style guards: let-else, match on char ranges, two-field struct (Vec + HashMap), if-let lookups
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

fn digit_value(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn encode(id: u64) -> String {
    guard_zero(id).unwrap_or_else(|| {
        let mut digits: Vec<u8> = Vec::with_capacity(11);
        var_loop(id, &mut digits);
        digits.reverse();
        String::from_utf8(digits).expect("alphabet is ascii")
    })
}

fn guard_zero(id: u64) -> Option<String> {
    if id == 0 { Some("0".to_string()) } else { None }
}

fn var_loop(mut remaining: u64, out: &mut Vec<u8>) {
    while remaining > 0 {
        out.push(ALPHABET[(remaining % 62) as usize]);
        remaining /= 62;
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut first: Option<char> = None;
    for (index, ch) in code.chars().enumerate() {
        let Some(digit) = digit_value(ch) else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        if index == 0 {
            first = Some(ch);
        }
        if index == 1 {
            if let Some('0') = first {
                return Err(DecodeError::LeadingZero);
            }
        }
        let Some(shifted) = value.checked_mul(62) else {
            return Err(DecodeError::Overflow);
        };
        let Some(next) = shifted.checked_add(digit) else {
            return Err(DecodeError::Overflow);
        };
        value = next;
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
        guard_ok(decode(code)).and_then(|id| self.urls.get(id as usize)).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}

fn guard_ok(r: Result<u64, DecodeError>) -> Option<u64> {
    let Ok(id) = r else { return None };
    Some(id)
}
