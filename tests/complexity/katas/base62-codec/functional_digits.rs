// learner: optimal
// idiom: functional: a Digits iterator struct of its own (least significant first) reversed into the String, decode as a fold over Result with a digit table closure, Rc<str> in both maps
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
use std::rc::Rc;

struct Digits {
    rest: u64,
    done: bool,
}

impl Iterator for Digits {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.done {
            return None;
        }
        let d = (self.rest % 62) as u8;
        self.rest /= 62;
        self.done = self.rest == 0;
        Some(d)
    }
}

fn digits(id: u64) -> Digits {
    Digits { rest: id, done: false }
}

pub fn encode(id: u64) -> String {
    let mut bytes: Vec<u8> = digits(id).map(|d| ALPHABET[d as usize]).collect();
    bytes.reverse();
    String::from_utf8(bytes).expect("alphabet is ASCII")
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let lookup = |c: char| -> Option<u64> {
        if !c.is_ascii() {
            return None;
        }
        let b = c as u8;
        match b {
            b'0'..=b'9' => Some((b - b'0') as u64),
            b'a'..=b'z' => Some((b - b'a' + 10) as u64),
            b'A'..=b'Z' => Some((b - b'A' + 36) as u64),
            _ => None,
        }
    };
    let multi = code.len() > 1;
    code.chars().enumerate().fold(Err(DecodeError::Empty), |acc, (index, ch)| {
        let so_far = match acc {
            Err(DecodeError::Empty) => 0,
            Ok(v) => v,
            e => return e,
        };
        let d = lookup(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && d == 0 && multi {
            return Err(DecodeError::LeadingZero);
        }
        so_far.checked_mul(62).and_then(|x| x.checked_add(d)).ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    forward: Vec<Rc<str>>,
    backward: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.backward.get(url) {
            Some(&id) => id,
            None => {
                let shared: Rc<str> = Rc::from(url);
                let id = self.forward.len() as u64;
                self.forward.push(Rc::clone(&shared));
                self.backward.insert(shared, id);
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| self.forward.get(id as usize))
            .map(|rc| &**rc)
    }

    pub fn len(&self) -> usize {
        self.forward.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forward.is_empty()
    }
}
