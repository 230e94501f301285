// learner: optimal
// idiom: const 128-entry reverse lookup table, recursive encode (depth <= 11), Box<str> storage, byte-width aware char walk
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

const NONE: u8 = 0xff;

const fn build_table() -> [u8; 128] {
    let mut t = [NONE; 128];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static VALUE_OF: [u8; 128] = build_table();

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

fn push_digits(id: u64, out: &mut String) {
    if id >= 62 {
        push_digits(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    push_digits(id, &mut s);
    s
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let bytes = code.as_bytes();
    if bytes.is_empty() {
        Err(DecodeError::Empty)
    } else if bytes[0] == b'0' && bytes.len() > 1 {
        Err(DecodeError::LeadingZero)
    } else {
        let mut acc: u64 = 0;
        for (index, ch) in code.chars().enumerate() {
            let v = if (ch as u32) < 128 { VALUE_OF[ch as usize] } else { NONE };
            if v == NONE {
                return Err(DecodeError::InvalidChar { ch, index });
            }
            acc = match acc.checked_mul(62).and_then(|x| x.checked_add(v as u64)) {
                Some(x) => x,
                None => return Err(DecodeError::Overflow),
            };
        }
        Ok(acc)
    }
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<Box<str>>,
    index: HashMap<Box<str>, usize>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let slot = match self.index.get(url) {
            Some(&slot) => slot,
            None => {
                let slot = self.table.len();
                self.table.push(url.into());
                self.index.insert(url.into(), slot);
                slot
            }
        };
        encode(slot as u64)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id < self.table.len() as u64 {
            Some(&self.table[id as usize])
        } else {
            None
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
