// learner: optimal
// idiom: Lisp-style: recursive digit emitter, try_fold accumulator for Horner decode, small closures, Vec + HashMap shortener
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

fn digit_value(c: char) -> Option<u64> {
    let rel = |base: char, off: u64| Some((c as u64 - base as u64) + off);
    match c {
        '0'..='9' => rel('0', 0),
        'a'..='z' => rel('a', 10),
        'A'..='Z' => rel('A', 36),
        _ => None,
    }
}

fn emit(n: u64, acc: &mut String) {
    if n >= 62 {
        emit(n / 62, acc);
    }
    acc.push(ALPHABET[(n % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut acc = String::with_capacity(11);
    emit(id, &mut acc);
    acc
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let step = |acc: u64, (index, ch): (usize, char)| -> Result<u64, DecodeError> {
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && d == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)
    };
    code.chars().enumerate().try_fold(0u64, step)
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
        let next = self.by_id.len() as u64;
        let id = *self.by_url.entry(url.to_string()).or_insert(next);
        if id == next {
            self.by_id.push(url.to_string());
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.by_id.get(i))
            .map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
