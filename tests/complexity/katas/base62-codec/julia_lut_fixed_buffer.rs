// learner: optimal
// idiom: Julia-HPC style: 256-entry reverse lookup table built in a const fn, fixed [u8; 11] buffer filled from the right, entry API
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

use std::collections::hash_map::Entry;
use std::collections::HashMap;

const INVALID: u8 = 0xFF;

const fn build_table() -> [u8; 256] {
    let mut t = [INVALID; 256];
    let mut k = 0;
    while k < 62 {
        t[ALPHABET[k] as usize] = k as u8;
        k += 1;
    }
    t
}

static LUT: [u8; 256] = build_table();

pub fn encode(id: u64) -> String {
    // 62^11 > 2^64, so 11 slots suffice; fill right-to-left like a stride-1 reverse loop
    let mut buf = [0u8; 11];
    let mut pos = 11usize;
    let mut x = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(x % 62) as usize];
        x /= 62;
        if x == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[pos..]).unwrap().to_owned()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut acc: u64 = 0;
    let mut idx = 0usize;
    let mut first_zero = false;
    for ch in code.chars() {
        let d = if (ch as u32) < 256 { LUT[ch as usize] } else { INVALID };
        if d == INVALID {
            return Err(DecodeError::InvalidChar { ch, index: idx });
        }
        if idx == 0 {
            first_zero = d == 0;
        } else if idx == 1 && first_zero {
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62) {
            Some(m) => match m.checked_add(d as u64) {
                Some(s) => s,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        };
        idx += 1;
    }
    if idx == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(acc)
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
        let id = match self.by_url.entry(url.to_owned()) {
            Entry::Occupied(o) => *o.get(),
            Entry::Vacant(v) => {
                v.insert(next);
                self.by_id.push(url.to_owned());
                next
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if (id as u128) < self.by_id.len() as u128 => Some(&self.by_id[id as usize]),
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
