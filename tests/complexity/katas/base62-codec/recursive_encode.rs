// learner: optimal
// idiom: Lisp Machine nostalgic: recursive encode (digits of the quotient, then this digit), decode as a try_fold, digit value by a cond on char ranges
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::rc::Rc;
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
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

fn digit_value(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

fn encode_into(id: u64, out: &mut String) {
    if id >= 62 {
        encode_into(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut out = String::with_capacity(11);
    encode_into(id, &mut out);
    out
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        acc.checked_mul(62).and_then(|a| a.checked_add(d)).ok_or(DecodeError::Overflow)
    })
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    cells: Vec<Rc<str>>,
    symbol_table: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.symbol_table.get(url) {
            Some(&id) => id,
            None => {
                let atom: Rc<str> = Rc::from(url);
                let id = self.cells.len() as u64;
                self.cells.push(Rc::clone(&atom));
                self.symbol_table.insert(atom, id);
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.cells.get(i))
            .map(|rc| &**rc)
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}
