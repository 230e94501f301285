// learner: optimal
// idiom: iterator chains (successors/try_fold), position() on the const ALPHABET, HashMap entry API, BTreeMap-free
use std::collections::hash_map::Entry;
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

pub fn encode(id: u64) -> String {
    let digits: Vec<char> = std::iter::successors(Some(id), |&rest| (rest >= 62).then(|| rest / 62))
        .map(|rest| ALPHABET[(rest % 62) as usize] as char)
        .collect();
    digits.into_iter().rev().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let multi = code.chars().nth(1).is_some();
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        // the alphabet has a fixed 62 entries: a constant-size lookup
        let digit = u8::try_from(ch)
            .ok()
            .and_then(|b| ALPHABET.iter().position(|&a| a == b))
            .ok_or(DecodeError::InvalidChar { ch, index })? as u64;
        if index == 0 && digit == 0 && multi {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62)
            .and_then(|v| v.checked_add(digit))
            .ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<String>,
    index: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.table.len() as u64;
        let id = match self.index.entry(url.to_owned()) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                e.insert(next);
                self.table.push(url.to_owned());
                next
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.table.get(i))
            .map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
