// learner: optimal
// idiom: q/kdb+ quant: encode as an unfold of divmod (62 vs id), decode as a checked fold over digit values; two dictionaries for the shortener
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

fn val(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn encode(id: u64) -> String {
    // q: 62 vs id, then index into the alphabet
    let mut ds: Vec<u8> = std::iter::successors(Some(id), |&x| (x >= 62).then(|| x / 62))
        .map(|x| ALPHABET[(x % 62) as usize])
        .collect();
    ds.reverse();
    String::from_utf8(ds).expect("alphabet is ASCII")
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    if code.len() > 1 && code.starts_with('0') {
        return Err(DecodeError::LeadingZero);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = val(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        acc.checked_mul(62).and_then(|x| x.checked_add(d)).ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    ids: HashMap<String, u64>,
    urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.urls.len() as u64;
        let id = *self.ids.entry(url.to_string()).or_insert(next);
        if id == next {
            self.urls.push(url.to_string());
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code).ok().and_then(|id| usize::try_from(id).ok()).and_then(|i| self.urls.get(i)).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
