// learner: optimal
// idiom: const reverse lookup table, fixed [u8; 11] buffer filled from the back, manual char index counter, get-then-insert
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

use std::collections::HashMap;

const INVALID: u8 = 255;

const fn build_table() -> [u8; 128] {
    let mut t = [INVALID; 128];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static REVERSE: [u8; 128] = build_table();

pub fn encode(id: u64) -> String {
    let mut buf = [0u8; 11];
    let mut pos = buf.len();
    let mut rest = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(rest % 62) as usize];
        rest /= 62;
        if rest == 0 {
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
    let mut it = code.chars();
    let first = match it.next() {
        None => return Err(DecodeError::Empty),
        Some(c) => c,
    };
    let mut index = 0usize;
    let mut acc: u64 = 0;
    let mut ch = first;
    loop {
        let v = if (ch as u32) < 128 { REVERSE[ch as usize] } else { INVALID };
        if v == INVALID {
            return Err(DecodeError::InvalidChar { ch, index });
        }
        if index == 1 && first == '0' {
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62) {
            Some(x) => match x.checked_add(v as u64) {
                Some(y) => y,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        };
        index += 1;
        match it.next() {
            Some(c) => ch = c,
            None => break,
        }
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    by_url: HashMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.by_url.get(url) {
            return encode(*id as u64);
        }
        let id = self.by_id.len();
        self.by_id.push(url.to_owned());
        self.by_url.insert(url.to_owned(), id);
        encode(id as u64)
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
        self.len() == 0
    }
}
