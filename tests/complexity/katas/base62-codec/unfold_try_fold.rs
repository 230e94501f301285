// learner: optimal
// idiom: APL-ish: encode as successors() unfold of quotients mapped to digits, decode as one try_fold over enumerate(); Rc<str> shared between both directions of the shortener
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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

use std::collections::HashMap;
use std::rc::Rc;

pub fn encode(id: u64) -> String {
    let digits: Vec<u8> = std::iter::successors(Some(id), |&q| (q >= 62).then_some(q / 62))
        .map(|q| ALPHABET[(q % 62) as usize])
        .collect();
    digits.iter().rev().map(|&b| char::from(b)).collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let (_, value) = code.chars().enumerate().try_fold((None, 0u64), |(first, acc), (index, ch)| {
        let d = ALPHABET
            .iter()
            .position(|&a| a as char == ch)
            .ok_or(DecodeError::InvalidChar { ch, index })? as u64;
        if first == Some(0) {
            return Err(DecodeError::LeadingZero);
        }
        let next = acc.checked_mul(62).and_then(|x| x.checked_add(d)).ok_or(DecodeError::Overflow)?;
        Ok((first.or(Some(d)), next))
    })?;
    if code.is_empty() { Err(DecodeError::Empty) } else { Ok(value) }
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<Rc<str>>,
    by_url: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let fresh = self.by_id.len() as u64;
        let id = *self.by_url.entry(Rc::from(url)).or_insert(fresh);
        if id == fresh {
            self.by_id.push(Rc::from(url));
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code).ok().and_then(|id| self.by_id.get(id as usize)).map(|u| &**u)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
