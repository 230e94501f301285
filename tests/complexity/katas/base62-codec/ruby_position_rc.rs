// learner: optimal
// idiom: Ruby-style: digit lookup via ALPHABET.iter().position, Rc<str> shared between the two hashes, Option chains
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

pub fn encode(id: u64) -> String {
    let mut rest = id;
    let mut chars = Vec::with_capacity(11);
    loop {
        chars.push(ALPHABET[(rest % 62) as usize] as char);
        rest /= 62;
        if rest == 0 {
            break;
        }
    }
    chars.iter().rev().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    let mut value: u64 = 0;
    match chars.peek() {
        None => return Err(DecodeError::Empty),
        Some(_) => {}
    }
    while let Some((index, ch)) = chars.next() {
        let digit = ALPHABET
            .iter()
            .position(|&b| b as char == ch)
            .ok_or(DecodeError::InvalidChar { ch, index })? as u64;
        if index == 0 && digit == 0 && chars.peek().is_some() {
            if let Some(&(i2, c2)) = chars.peek() {
                if !ALPHABET.contains(&(c2 as u32 as u8)) || !c2.is_ascii() {
                    return Err(DecodeError::InvalidChar { ch: c2, index: i2 });
                }
            }
            return Err(DecodeError::LeadingZero);
        }
        value = value
            .checked_mul(62)
            .and_then(|v| v.checked_add(digit))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_url: HashMap<Rc<str>, u64>,
    by_id: Vec<Rc<str>>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.by_url.get(url) {
            Some(&id) => id,
            None => {
                let shared: Rc<str> = Rc::from(url);
                let id = self.by_id.len() as u64;
                self.by_id.push(Rc::clone(&shared));
                self.by_url.insert(shared, id);
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.by_id.get(usize::try_from(id).ok()?).map(|u| &**u)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
