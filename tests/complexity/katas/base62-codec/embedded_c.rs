// learner: optimal
// idiom: embedded C: byte while loops with u32 counters, digit value by subtracting byte ranges, [u8; 16] scratch buffer, char index from non-continuation bytes
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The string is empty.
    Empty,
    /// `ch` at char index `index` is not a base62 digit.
    InvalidChar { ch: char, index: usize },
    /// A code longer than one digit starts with `'0'`; codes are canonical.
    LeadingZero,
    /// The value does not fit in a `u64`.
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
    let mut buf = [0u8; 16];
    let mut pos: u32 = 16;
    let mut v = id;
    loop {
        pos -= 1;
        buf[pos as usize] = ALPHABET[(v % 62) as usize];
        v /= 62;
        if v == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(16 - pos as usize);
    while pos < 16 {
        out.push(buf[pos as usize] as char);
        pos += 1;
    }
    out
}

fn digit_of(b: u8) -> u8 {
    if b >= b'0' && b <= b'9' {
        b - b'0'
    } else if b >= b'a' && b <= b'z' {
        b - b'a' + 10
    } else if b >= b'A' && b <= b'Z' {
        b - b'A' + 36
    } else {
        0xFF
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let bytes = code.as_bytes();
    let n = bytes.len() as u32;
    if n == 0 {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    let mut i: u32 = 0;
    let mut chars: u32 = 0;
    while i < n {
        let b = bytes[i as usize];
        let d = digit_of(b);
        if d == 0xFF {
            let ch = code[i as usize..].chars().next().unwrap();
            return Err(DecodeError::InvalidChar { ch, index: chars as usize });
        }
        if i == 0 && d == 0 && n > 1 {
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62) {
            Some(x) => x,
            None => return Err(DecodeError::Overflow),
        };
        acc = match acc.checked_add(d as u64) {
            Some(x) => x,
            None => return Err(DecodeError::Overflow),
        };
        i += 1;
        chars += 1;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    by_url: std::collections::HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.by_url.get(url) {
            return encode(*id);
        }
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_string());
        self.by_url.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(v) => v,
            Err(_) => return None,
        };
        if id >= self.by_id.len() as u64 {
            return None;
        }
        Some(self.by_id[id as usize].as_str())
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.len() == 0
    }
}
