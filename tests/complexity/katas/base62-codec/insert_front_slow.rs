// learner: slow
// why: encode is O(log^2 id) time, target O(log id): String::insert(0, ..) shifts the digits written so far on every step
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

const BASE: u64 = 62;

fn digit_to_symbol(digit: u64) -> char {
    ALPHABET[digit as usize] as char
}

fn symbol_to_digit(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

fn accumulate(value: u64, digit: u64) -> Result<u64, DecodeError> {
    value
        .checked_mul(BASE)
        .and_then(|v| v.checked_add(digit))
        .ok_or(DecodeError::Overflow)
}

fn validate_not_empty(code: &str) -> Result<(), DecodeError> {
    if code.is_empty() { Err(DecodeError::Empty) } else { Ok(()) }
}

pub fn encode(id: u64) -> String {
    let mut digits = String::with_capacity(11);
    let mut remaining = id;
    loop {
        digits.insert(0, digit_to_symbol(remaining % BASE));
        remaining /= BASE;
        if remaining == 0 {
            break;
        }
    }
    digits
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    validate_not_empty(code)?;
    let mut value: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let digit = symbol_to_digit(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && value == 0 {
            return Err(DecodeError::LeadingZero);
        }
        value = accumulate(value, digit)?;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_repository: Vec<String>,
    id_index: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = self.find_existing_id(url).unwrap_or_else(|| self.register(url));
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|idx| self.url_repository.get(idx))
            .map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.url_repository.len()
    }

    pub fn is_empty(&self) -> bool {
        self.url_repository.is_empty()
    }

    fn find_existing_id(&self, url: &str) -> Option<u64> {
        self.id_index.get(url).copied()
    }

    fn register(&mut self, url: &str) -> u64 {
        let id = self.next_id();
        self.url_repository.push(url.to_owned());
        self.id_index.insert(url.to_owned(), id);
        id
    }

    fn next_id(&self) -> u64 {
        self.url_repository.len() as u64
    }
}
