// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): looks for an existing URL by walking the Vec with a for loop
#![allow(non_snake_case)]

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
    let mut digits: Vec<char> = Vec::new();
    let mut n = id;
    loop {
        digits.insert(0, ALPHABET[(n % 62) as usize] as char);
        n = n / 62;
        if n == 0 {
            break;
        }
    }
    digits.into_iter().collect()
}

fn charToValue(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    for (i, ch) in code.chars().enumerate() {
        let v = match charToValue(ch) {
            Some(v) => v,
            None => return Err(DecodeError::InvalidChar { ch, index: i }),
        };
        if i == 0 && v == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        total = match total.checked_mul(62).and_then(|t| t.checked_add(v)) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urlList: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    fn getUrlList(&self) -> &Vec<String> {
        &self.urlList
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let mut index = 0u64;
        for stored in self.getUrlList() {
            if stored == url {
                return encode(index);
            }
            index += 1;
        }
        self.urlList.push(url.to_string());
        encode(self.urlList.len() as u64 - 1)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id as usize,
            Err(_) => return None,
        };
        if id >= self.urlList.len() {
            return None;
        }
        Some(&self.urlList[id])
    }

    pub fn len(&self) -> usize {
        self.urlList.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urlList.is_empty()
    }
}
