// learner: optimal
// idiom: Spring-style: iterator chains, try_fold for Horner decoding, successors() for digits, entry-free map repository
use std::collections::HashMap;
use std::fmt;
use std::iter::successors;

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
    let mut out: Vec<u8> = successors(Some(id), |&n| if n >= 62 { Some(n / 62) } else { None })
        .map(|n| ALPHABET[(n % 62) as usize])
        .collect();
    out.reverse();
    String::from_utf8(out).expect("alphabet is ascii")
}

fn digit_value(ch: char) -> Option<u64> {
    u8::try_from(ch)
        .ok()
        .and_then(|b| ALPHABET.iter().position(|&a| a == b))
        .map(|p| p as u64)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && acc == 0 {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    by_url: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.by_url.get(url) {
            Some(id) => *id,
            None => self.store(url),
        };
        encode(id)
    }

    fn store(&mut self, url: &str) -> u64 {
        let id = self.by_id.len() as u64;
        self.by_url.insert(url.to_owned(), id);
        self.by_id.push(url.to_owned());
        id
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| self.by_id.get(id as usize))
            .map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
