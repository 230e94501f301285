// learner: optimal
// idiom: Chapel-style preallocated 11-byte buffer filled from the right, 256-entry reverse lookup table, index loops
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;

pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

const BAD: u8 = 255;
const MAX_DIGITS: usize = 11;

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

const fn build_table() -> [u8; 256] {
    let mut t = [BAD; 256];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static VALUE_OF: [u8; 256] = build_table();

pub fn encode(id: u64) -> String {
    let mut buf = [0u8; MAX_DIGITS];
    let mut pos = MAX_DIGITS;
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n /= 62;
        if n == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(MAX_DIGITS - pos);
    for i in pos..MAX_DIGITS {
        out.push(buf[i] as char);
    }
    out
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    let mut idx: usize = 0;
    let mut first_zero = false;
    for ch in code.chars() {
        let v = if (ch as u32) < 256 { VALUE_OF[ch as usize] } else { BAD };
        if v == BAD {
            return Err(DecodeError::InvalidChar { ch, index: idx });
        }
        if idx == 0 {
            first_zero = v == 0;
        } else if idx == 1 && first_zero {
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62) {
            Some(m) => match m.checked_add(v as u64) {
                Some(s) => s,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        };
        idx += 1;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<String>,
    index: HashMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let slot = match self.index.get(url) {
            Some(&s) => s,
            None => {
                let s = self.table.len();
                self.table.push(String::from(url));
                self.index.insert(String::from(url), s);
                s
            }
        };
        encode(slot as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id >= self.table.len() as u64 {
            return None;
        }
        Some(&self.table[id as usize])
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.len() == 0
    }
}
