// learner: optimal
// idiom: iterator: std::iter::successors for the digits, u8-slice match for decode, HashMap<Box<str>, u32> + Vec<Box<str>>, early returns
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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
    let digits: Vec<u8> = std::iter::successors(Some(id), |&n| if n >= 62 { Some(n / 62) } else { None })
        .map(|n| ALPHABET[(n % 62) as usize])
        .collect();
    digits.iter().rev().map(|&b| char::from(b)).collect()
}

fn value_of(c: char) -> Option<u64> {
    let b = u8::try_from(u32::from(c)).ok()?;
    let v = match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'z' => b - b'a' + 10,
        b'A'..=b'Z' => b - b'A' + 36,
        _ => return None,
    };
    Some(u64::from(v))
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut total: u64 = 0;
    let mut seen_any = false;
    let leading_zero = code.starts_with('0') && code.chars().nth(1).is_some();
    for (index, ch) in code.chars().enumerate() {
        seen_any = true;
        let Some(v) = value_of(ch) else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        if index == 1 && leading_zero {
            return Err(DecodeError::LeadingZero);
        }
        total = match total.checked_mul(62).and_then(|t| t.checked_add(v)) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
    }
    if !seen_any {
        return Err(DecodeError::Empty);
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<Box<str>>,
    by_url: HashMap<Box<str>, u32>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.by_url.get(url) {
            return encode(u64::from(*id));
        }
        let id = self.by_id.len() as u32;
        let boxed: Box<str> = url.into();
        self.by_id.push(boxed.clone());
        self.by_url.insert(boxed, id);
        encode(u64::from(id))
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id >= self.by_id.len() as u64 {
            return None;
        }
        Some(&self.by_id[id as usize])
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
