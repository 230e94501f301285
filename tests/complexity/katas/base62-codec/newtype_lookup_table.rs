// learner: optimal
// idiom: over-engineered: ShortCode/UrlId newtypes, const 128-entry lookup table, fixed [u8; 11] buffer filled from the back, ? operator
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;

pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

const BASE: u64 = 62;
const MAX_DIGITS: usize = 11;
const INVALID: u8 = 0xFF;

const fn build_reverse_table() -> [u8; 128] {
    let mut table = [INVALID; 128];
    let mut i = 0;
    while i < 62 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
}

static REVERSE_TABLE: [u8; 128] = build_reverse_table();

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

/// Identifier handed out by the shortener.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct UrlId(u64);

impl UrlId {
    fn as_index(self) -> usize {
        self.0 as usize
    }
}

/// A canonical base62 code.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ShortCode(String);

impl From<UrlId> for ShortCode {
    fn from(id: UrlId) -> Self {
        ShortCode(encode(id.0))
    }
}

impl ShortCode {
    fn into_string(self) -> String {
        self.0
    }
}

pub fn encode(id: u64) -> String {
    let mut buffer = [0u8; MAX_DIGITS];
    let mut write_position = MAX_DIGITS;
    let mut remaining = id;
    loop {
        write_position -= 1;
        buffer[write_position] = ALPHABET[(remaining % BASE) as usize];
        remaining /= BASE;
        if remaining == 0 {
            break;
        }
    }
    buffer[write_position..].iter().map(|&b| b as char).collect()
}

fn lookup_digit(ch: char, index: usize) -> Result<u64, DecodeError> {
    let code_point = ch as u32;
    if code_point < 128 {
        let value = REVERSE_TABLE[code_point as usize];
        if value != INVALID {
            return Ok(value as u64);
        }
    }
    Err(DecodeError::InvalidChar { ch, index })
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    let mut accumulator: u64 = 0;
    let mut first_was_zero = false;
    if chars.peek().is_none() {
        return Err(DecodeError::Empty);
    }
    while let Some((index, ch)) = chars.next() {
        let digit = lookup_digit(ch, index)?;
        if index == 0 {
            first_was_zero = digit == 0;
        } else if first_was_zero {
            return Err(DecodeError::LeadingZero);
        }
        accumulator = accumulator
            .checked_mul(BASE)
            .and_then(|shifted| shifted.checked_add(digit))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(accumulator)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_storage: Vec<String>,
    reverse_index: HashMap<String, UrlId>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    fn next_id(&self) -> UrlId {
        UrlId(self.url_storage.len() as u64)
    }

    fn find_existing(&self, url: &str) -> Option<UrlId> {
        self.reverse_index.get(url).copied()
    }

    fn register(&mut self, url: &str) -> UrlId {
        let id = self.next_id();
        self.url_storage.push(url.to_owned());
        self.reverse_index.insert(url.to_owned(), id);
        id
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.find_existing(url) {
            Some(id) => id,
            None => self.register(url),
        };
        ShortCode::from(id).into_string()
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = UrlId(decode(code).ok()?);
        self.url_storage.get(id.as_index()).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.url_storage.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
