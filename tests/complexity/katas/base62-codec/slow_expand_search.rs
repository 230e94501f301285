// learner: slow
// why: Shortener::expand is O(n) time, target O(1): the URLs live in a BTreeMap<url, id> only and expand searches its entries for the id
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

fn char_to_value(ch: char) -> i32 {
    if ch >= '0' && ch <= '9' {
        return ch as i32 - '0' as i32;
    }
    if ch >= 'a' && ch <= 'z' {
        return ch as i32 - 'a' as i32 + 10;
    }
    if ch >= 'A' && ch <= 'Z' {
        return ch as i32 - 'A' as i32 + 36;
    }
    -1
}

pub fn encode(id: u64) -> String {
    if id == 0 {
        return String::from("0");
    }
    let mut buffer = [0u8; 11];
    let mut pos = 11;
    let mut n = id;
    while n > 0 {
        pos -= 1;
        buffer[pos] = ALPHABET[(n % 62) as usize];
        n /= 62;
    }
    let mut result = String::new();
    for i in pos..11 {
        result.push(buffer[i] as char);
    }
    result
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut value: u64 = 0;
    let mut index = 0;
    for ch in code.chars() {
        let digit = char_to_value(ch);
        if digit < 0 {
            return Err(DecodeError::InvalidChar { ch, index });
        }
        if index == 1 && value == 0 {
            return Err(DecodeError::LeadingZero);
        }
        value = match value.checked_mul(62) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        value = match value.checked_add(digit as u64) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_to_id: std::collections::BTreeMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Shortener { url_to_id: std::collections::BTreeMap::new() }
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.url_to_id.get(url) {
            return encode(*id as u64);
        }
        let id = self.url_to_id.len();
        self.url_to_id.insert(url.to_string(), id);
        encode(id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
        for (url, &stored) in &self.url_to_id {
            if stored as u64 == id {
                return Some(url.as_str());
            }
        }
        None
    }

    pub fn len(&self) -> usize {
        self.url_to_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.url_to_id.is_empty()
    }
}
