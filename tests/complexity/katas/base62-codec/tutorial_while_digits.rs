// learner: optimal
// idiom: hobbyist while-loops, String push + reverse, index lookup in ALPHABET via a small loop over 62 letters, mutable counters
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
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
        return String::from("0");
    }
    let mut number = id;
    let mut backwards = String::new();
    while number > 0 {
        let remainder = (number % 62) as usize;
        let letter = ALPHABET[remainder] as char;
        backwards.push(letter);
        number = number / 62;
    }
    let mut result = String::new();
    for c in backwards.chars().rev() {
        result.push(c);
    }
    result
}

fn value_of(c: char) -> Option<u64> {
    // look the letter up in the alphabet (always 62 letters, so this is constant work)
    let mut i = 0;
    while i < 62 {
        if ALPHABET[i] as char == c {
            return Some(i as u64);
        }
        i += 1;
    }
    None
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    let mut index = 0;
    let mut first_was_zero = false;
    for c in code.chars() {
        if index == 0 && c == '0' {
            first_was_zero = true;
        }
        if index == 1 && first_was_zero {
            return Err(DecodeError::LeadingZero);
        }
        let digit = match value_of(c) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch: c, index: index }),
        };
        let times = total.checked_mul(62);
        if times.is_none() {
            return Err(DecodeError::Overflow);
        }
        let plus = times.unwrap().checked_add(digit);
        if plus.is_none() {
            return Err(DecodeError::Overflow);
        }
        total = plus.unwrap();
        index += 1;
    }
    Ok(total)
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
        let existing = self.ids.get(url);
        if let Some(id) = existing {
            let code = encode(*id);
            return code;
        }
        let new_id = self.urls.len() as u64;
        self.urls.push(url.to_string());
        self.ids.insert(url.to_string(), new_id);
        let code = encode(new_id);
        code
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let decoded = decode(code);
        let id = match decoded {
            Ok(x) => x,
            Err(_) => return None,
        };
        if id >= self.urls.len() as u64 {
            return None;
        }
        let url = &self.urls[id as usize];
        Some(url.as_str())
    }

    pub fn len(&self) -> usize {
        let n = self.urls.len();
        n
    }

    pub fn is_empty(&self) -> bool {
        if self.urls.len() == 0 {
            true
        } else {
            false
        }
    }
}
