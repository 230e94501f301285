// learner: optimal
// idiom: recursive encode (most significant digit first by recursing before pushing), decode with iterator try_fold, shortener via an impl with private helpers
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

fn write_digits(id: u64, out: &mut String) {
    if id >= 62 {
        write_digits(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut out = String::with_capacity(11);
    write_digits(id, &mut out);
    out
}

fn value_of(ch: char) -> Option<u8> {
    let b = u8::try_from(ch).ok()?;
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'z' => Some(b - b'a' + 10),
        b'A'..=b'Z' => Some(b - b'A' + 36),
        _ => None,
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let digit = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62)
            .and_then(|v| v.checked_add(u64::from(digit)))
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

    fn existing(&self, url: &str) -> Option<u64> {
        self.by_url.get(url).copied()
    }

    fn register(&mut self, url: &str) -> u64 {
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_owned());
        self.by_url.insert(url.to_owned(), id);
        id
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.existing(url) {
            Some(id) => id,
            None => self.register(url),
        };
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
