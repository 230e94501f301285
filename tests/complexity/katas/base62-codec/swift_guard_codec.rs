// learner: optimal
// idiom: Swift-style guard early returns in decode, byte-buffer encode reversed at the end, Vec + HashMap shortener
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
    if id == 0 {
        return "0".to_string();
    }
    let mut digits: Vec<u8> = Vec::with_capacity(11);
    let mut rest = id;
    while rest > 0 {
        digits.push(ALPHABET[(rest % 62) as usize]);
        rest /= 62;
    }
    digits.reverse();
    String::from_utf8(digits).expect("alphabet is ASCII")
}

fn digit_value(ch: char) -> Option<u64> {
    let v = match ch {
        '0'..='9' => ch as u64 - '0' as u64,
        'a'..='z' => ch as u64 - 'a' as u64 + 10,
        'A'..='Z' => ch as u64 - 'A' as u64 + 36,
        _ => return None,
    };
    Some(v)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut leading_zero = false;
    for (index, ch) in code.chars().enumerate() {
        let Some(d) = digit_value(ch) else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        if index == 0 && d == 0 {
            leading_zero = true;
        } else if leading_zero {
            return Err(DecodeError::LeadingZero);
        }
        let Some(shifted) = value.checked_mul(62) else {
            return Err(DecodeError::Overflow);
        };
        let Some(next) = shifted.checked_add(d) else {
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
        guard_index(code).and_then(|i| self.urls.get(i)).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}

fn guard_index(code: &str) -> Option<usize> {
    let id = decode(code).ok()?;
    usize::try_from(id).ok()
}
