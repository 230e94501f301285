// learner: optimal
// idiom: verilog: priority-encode the digit count from a power-of-62 table, emit MSB first; decode with overflowing_mul/add carry flags; entry API
// why: the power table has 11 entries so sizing and emitting are O(log id); decode is one carry-flagged step per char, O(1) state; HashMap entry + Vec index keep shorten/expand O(1)
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

use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// 62^0 .. 62^10: the "weights" of each digit position.
const POW62: [u64; 11] = {
    let mut t = [1u64; 11];
    let mut i = 1;
    while i < 11 {
        t[i] = t[i - 1] * 62;
        i += 1;
    }
    t
};

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    // priority encoder: highest position whose weight is <= id
    let mut msb = 0usize;
    while msb + 1 < 11 && POW62[msb + 1] <= id {
        msb += 1;
    }
    let mut s = String::with_capacity(msb + 1);
    let mut rem = id;
    let mut pos = msb as isize;
    while pos >= 0 {
        let w = POW62[pos as usize];
        let d = rem / w;
        rem -= d * w;
        s.push(ALPHABET[d as usize] as char);
        pos -= 1;
    }
    s
}

fn value_of(b: u8) -> u8 {
    if b.is_ascii_digit() {
        b - b'0'
    } else if b.is_ascii_lowercase() {
        b - b'a' + 10
    } else if b.is_ascii_uppercase() {
        b - b'A' + 36
    } else {
        0xFF
    }
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut it = code.chars().enumerate().peekable();
    if it.peek().is_none() {
        return Err(DecodeError::Empty);
    }
    let mut q: u64 = 0;
    let mut lead_zero = false;
    while let Some((i, ch)) = it.next() {
        let v = if ch.is_ascii() { value_of(ch as u8) } else { 0xFF };
        if v == 0xFF {
            return Err(DecodeError::InvalidChar { ch, index: i });
        }
        if i == 0 && v == 0 {
            lead_zero = true;
        } else if lead_zero {
            return Err(DecodeError::LeadingZero);
        }
        let (m, c1) = q.overflowing_mul(62);
        let (a, c2) = m.overflowing_add(v as u64);
        if c1 | c2 {
            return Err(DecodeError::Overflow);
        }
        q = a;
    }
    Ok(q)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, u64>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.urls.len() as u64;
        let id = match self.ids.entry(url.to_owned()) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                e.insert(next);
                self.urls.push(url.to_owned());
                next
            }
        };
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()? as usize;
        if id < self.urls.len() {
            Some(&self.urls[id])
        } else {
            None
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.urls.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
