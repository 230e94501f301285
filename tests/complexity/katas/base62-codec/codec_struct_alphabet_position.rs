// learner: optimal
// idiom: a Codec struct whose self.alphabet.iter().position(..) scans the fixed 62-byte table (O(1) per char), not the stored URLs
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

struct Codec {
    alphabet: &'static [u8; 62],
}

const CODEC: Codec = Codec { alphabet: ALPHABET };

impl Codec {
    fn value_of(&self, ch: char) -> Option<u64> {
        if !ch.is_ascii() {
            return None;
        }
        self.alphabet.iter().position(|&b| b == ch as u8).map(|p| p as u64)
    }

    fn digit(&self, v: u64) -> char {
        self.alphabet[v as usize] as char
    }
}

pub fn encode(id: u64) -> String {
    let mut buf = [0u8; 11];
    let mut i = buf.len();
    let mut n = id;
    loop {
        i -= 1;
        buf[i] = CODEC.digit(n % 62) as u8;
        n /= 62;
        if n == 0 {
            break;
        }
    }
    buf[i..].iter().map(|&b| b as char).collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    let mut value: u64 = 0;
    let mut first_zero = false;
    if chars.peek().is_none() {
        return Err(DecodeError::Empty);
    }
    while let Some((index, ch)) = chars.next() {
        let d = match CODEC.value_of(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 0 {
            first_zero = d == 0;
        } else if first_zero {
            return Err(DecodeError::LeadingZero);
        }
        value = match value.checked_mul(62).and_then(|v| v.checked_add(d)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(value)
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
        let id = *self.by_url.entry(url.to_owned()).or_insert(next);
        if id == next {
            self.by_id.push(url.to_owned());
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if (id as usize) < self.by_id.len() => Some(&self.by_id[id as usize]),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
