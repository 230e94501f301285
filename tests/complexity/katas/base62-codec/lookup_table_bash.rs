// learner: optimal
// idiom: Bash scripter: a fixed 11-byte buffer filled right to left in a while loop, a 128-entry lookup table (like a case/esac table), early returns everywhere
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

const NONE: u8 = 255;

const fn build_table() -> [u8; 128] {
    let mut t = [NONE; 128];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static TABLE: [u8; 128] = build_table();

pub fn encode(id: u64) -> String {
    let mut buf = [b'0'; 11];
    let mut pos = buf.len();
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n /= 62;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(buf.len() - pos);
    for &b in &buf[pos..] {
        out.push(b as char);
    }
    out
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    let mut index = 0;
    for ch in code.chars() {
        let mut digit = NONE;
        if (ch as u32) < 128 {
            digit = TABLE[ch as usize];
        }
        if digit == NONE {
            return Err(DecodeError::InvalidChar { ch, index });
        }
        if index == 1 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        total = match total.checked_mul(62) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
        total = match total.checked_add(digit as u64) {
            Some(t) => t,
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_url: HashMap<String, u64>,
    by_id: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&id) = self.by_url.get(url) {
            return encode(id);
        }
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_string());
        self.by_url.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
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
