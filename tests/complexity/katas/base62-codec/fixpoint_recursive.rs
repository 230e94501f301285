// learner: optimal
// idiom: structural recursion for encode (Coq-style fixpoint on id/62), fold with Result for decode, explicit case analysis
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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

/// Fixpoint: emit the digits of n (n > 0) most significant first.
fn emit(n: u64, acc: &mut String) {
    match n {
        0 => {}
        _ => {
            emit(n / 62, acc);
            acc.push(ALPHABET[(n % 62) as usize] as char);
        }
    }
}

pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    match id {
        0 => s.push('0'),
        n => emit(n, &mut s),
    }
    s
}

/// Lemma: every base62 char denotes a unique digit in 0..62.
fn denote(c: char) -> Option<u64> {
    let b = if c.is_ascii() { c as u8 } else { return None };
    match b {
        b'0'..=b'9' => Some(u64::from(b - b'0')),
        b'a'..=b'z' => Some(u64::from(b - b'a') + 10),
        b'A'..=b'Z' => Some(u64::from(b - b'A') + 36),
        _ => None,
    }
}

fn step(acc: Result<(u64, bool), DecodeError>, (i, c): (usize, char)) -> Result<(u64, bool), DecodeError> {
    let (v, lead_zero) = acc?;
    let d = denote(c).ok_or(DecodeError::InvalidChar { ch: c, index: i })?;
    match (i, lead_zero) {
        (1, true) => return Err(DecodeError::LeadingZero),
        _ => {}
    }
    let v2 = v.checked_mul(62).and_then(|x| x.checked_add(d)).ok_or(DecodeError::Overflow)?;
    Ok((v2, i == 0 && d == 0))
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    match code.is_empty() {
        true => Err(DecodeError::Empty),
        false => {
            // try_fold would short-circuit too; a plain fold still stops doing work after the first Err.
            let mut acc: Result<(u64, bool), DecodeError> = Ok((0, false));
            for pair in code.chars().enumerate() {
                acc = step(acc, pair);
                if acc.is_err() {
                    break;
                }
            }
            acc.map(|(v, _)| v)
        }
    }
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
        let id = match self.by_url.get(url) {
            Some(id) => *id,
            None => {
                self.by_url.insert(url.to_owned(), next);
                self.by_id.push(url.to_owned());
                next
            }
        };
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
