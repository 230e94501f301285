// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedup searches every stored URL through a getter instead of a reverse map
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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

struct Codec;

impl Codec {
    const BASE: u64 = 62;

    fn get_symbol(value: u64) -> char {
        ALPHABET[value as usize] as char
    }

    fn get_value(symbol: char) -> Option<u64> {
        match symbol {
            '0'..='9' => Some(symbol as u64 - '0' as u64),
            'a'..='z' => Some(symbol as u64 - 'a' as u64 + 10),
            'A'..='Z' => Some(symbol as u64 - 'A' as u64 + 36),
            _ => None,
        }
    }
}

pub fn encode(id: u64) -> String {
    let mut symbols: Vec<char> = Vec::new();
    let mut rest = id;
    loop {
        symbols.push(Codec::get_symbol(rest % Codec::BASE));
        rest /= Codec::BASE;
        if rest == 0 {
            break;
        }
    }
    symbols.reverse();
    symbols.into_iter().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut result: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let digit = Codec::get_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && digit == 0 && code.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        result = result.checked_mul(Codec::BASE).ok_or(DecodeError::Overflow)?;
        result = result.checked_add(digit).ok_or(DecodeError::Overflow)?;
    }
    Ok(result)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_urls(&self) -> &Vec<String> {
        &self.urls
    }

    fn get_url(&self, id: u64) -> Option<&String> {
        self.get_urls().get(id as usize)
    }

    fn find_id(&self, url: &str) -> Option<u64> {
        self.get_urls().iter().position(|u| u == url).map(|i| i as u64)
    }

    fn next_id(&self) -> u64 {
        self.get_urls().len() as u64
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.find_id(url) {
            Some(id) => id,
            None => {
                let id = self.next_id();
                self.urls.push(url.to_string());
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.get_url(id).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.get_urls().len()
    }

    pub fn is_empty(&self) -> bool {
        self.get_urls().is_empty()
    }
}
