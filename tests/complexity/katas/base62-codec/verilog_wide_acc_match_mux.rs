// learner: optimal
// idiom: verilog: match-range digit mux, 128-bit wide accumulator with an overflow compare, push-then-reverse encode, Box<str> tables
// why: encode is one step per digit (<= 11), decode one mux + multiply-add per char with O(1) state; shorten/expand are a hash lookup and a Vec index
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

/// Digit value of one character, or None if it is outside the alphabet.
fn digit_mux(ch: char) -> Option<u32> {
    match ch {
        '0'..='9' => Some(ch as u32 - '0' as u32),
        'a'..='z' => Some(ch as u32 - 'a' as u32 + 10),
        'A'..='Z' => Some(ch as u32 - 'A' as u32 + 36),
        _ => None,
    }
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut lsb_first: Vec<u8> = Vec::with_capacity(11);
    let mut r = id;
    while r >= 62 {
        lsb_first.push(ALPHABET[(r % 62) as usize]);
        r /= 62;
    }
    lsb_first.push(ALPHABET[r as usize]);
    lsb_first.reverse();
    // every byte came from ALPHABET, which is ASCII
    String::from_utf8(lsb_first).expect("ascii")
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut wide: u128 = 0; // wider than the result: the top bits act as the carry-out
    let mut count: usize = 0;
    let mut first_is_zero = false;
    for ch in code.chars() {
        let d = match digit_mux(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index: count }),
        };
        if count == 0 {
            first_is_zero = d == 0;
        } else if first_is_zero {
            return Err(DecodeError::LeadingZero);
        }
        wide = wide * 62 + d as u128;
        if wide > u64::MAX as u128 {
            return Err(DecodeError::Overflow);
        }
        count += 1;
    }
    if count == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(wide as u64)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<Box<str>>,
    lookup: HashMap<Box<str>, usize>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let slot = match self.lookup.get(url) {
            Some(&s) => s,
            None => {
                let s = self.table.len();
                self.table.push(url.into());
                self.lookup.insert(url.into(), s);
                s
            }
        };
        encode(slot as u64)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) => self.table.get(usize::try_from(id).ok()?).map(|b| &**b),
            Err(_) => None,
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
