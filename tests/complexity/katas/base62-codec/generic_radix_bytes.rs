// learner: optimal
// idiom: generic const-N radix helpers over any alphabet, byte-wise while loop with a manual char counter, get-or-push in shorten with early return
//! Base62 codec and shortener.

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

fn to_radix<const N: usize>(alphabet: &[u8; N], mut n: u64) -> String {
    let radix = N as u64;
    let mut out = Vec::new();
    while n >= radix {
        out.push(alphabet[(n % radix) as usize]);
        n /= radix;
    }
    out.push(alphabet[n as usize]);
    out.reverse();
    String::from_utf8(out).expect("alphabet is ascii")
}

fn value_of(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'z' => Some(b - b'a' + 10),
        b'A'..=b'Z' => Some(b - b'A' + 36),
        _ => None,
    }
}

fn from_radix<const N: usize>(_alphabet: &[u8; N], s: &str) -> Result<u64, DecodeError> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let radix = N as u64;
    let mut acc: u64 = 0;
    let mut pos = 0usize;
    let mut char_index = 0usize;
    while pos < bytes.len() {
        let b = bytes[pos];
        let v = match value_of(b) {
            Some(v) => v as u64,
            None => {
                let ch = s[pos..].chars().next().unwrap();
                return Err(DecodeError::InvalidChar { ch, index: char_index });
            }
        };
        if pos == 0 && v == 0 && bytes.len() > 1 {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc.checked_mul(radix).ok_or(DecodeError::Overflow)?;
        acc = acc.checked_add(v).ok_or(DecodeError::Overflow)?;
        pos += 1;
        char_index += 1;
    }
    Ok(acc)
}

pub fn encode(id: u64) -> String {
    to_radix(ALPHABET, id)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    from_radix(ALPHABET, code)
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
        if let Some(&known) = self.by_url.get(url) {
            return encode(known);
        }
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_owned());
        self.by_url.insert(url.to_owned(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if (id as u128) < self.by_id.len() as u128 => Some(self.by_id[id as usize].as_str()),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
