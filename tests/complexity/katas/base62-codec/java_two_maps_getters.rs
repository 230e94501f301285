// learner: optimal
// idiom: Java-ish: two HashMaps (url->id, id->url) with getters, StringBuilder-style while loop + reverse, early-return decode
#![allow(non_snake_case)]
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

fn valueOf(ch: char) -> i64 {
    if ch >= '0' && ch <= '9' {
        return (ch as i64) - ('0' as i64);
    }
    if ch >= 'a' && ch <= 'z' {
        return (ch as i64) - ('a' as i64) + 10;
    }
    if ch >= 'A' && ch <= 'Z' {
        return (ch as i64) - ('A' as i64) + 36;
    }
    -1
}

pub fn encode(id: u64) -> String {
    if id == 0 {
        return String::from("0");
    }
    let mut builder: Vec<u8> = Vec::new();
    let mut remaining = id;
    while remaining > 0 {
        let digit = (remaining % 62) as usize;
        builder.push(ALPHABET[digit]);
        remaining = remaining / 62;
    }
    builder.reverse();
    String::from_utf8(builder).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut result: u64 = 0;
    let mut index: usize = 0;
    let mut first = true;
    for ch in code.chars() {
        let value = valueOf(ch);
        if value < 0 {
            return Err(DecodeError::InvalidChar { ch: ch, index: index });
        }
        if first && value == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        first = false;
        result = match result.checked_mul(62) {
            Some(r) => r,
            None => return Err(DecodeError::Overflow),
        };
        result = match result.checked_add(value as u64) {
            Some(r) => r,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    Ok(result)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urlToId: HashMap<String, u64>,
    idToUrl: HashMap<u64, String>,
    nextId: u64,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    fn getNextId(&self) -> u64 {
        self.nextId
    }

    fn getUrlToId(&self) -> &HashMap<String, u64> {
        &self.urlToId
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(existing) = self.getUrlToId().get(url) {
            return encode(*existing);
        }
        let id = self.getNextId();
        self.urlToId.insert(url.to_string(), id);
        self.idToUrl.insert(id, url.to_string());
        self.nextId += 1;
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
        match self.idToUrl.get(&id) {
            Some(url) => Some(url.as_str()),
            None => None,
        }
    }

    pub fn len(&self) -> usize {
        self.urlToId.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
