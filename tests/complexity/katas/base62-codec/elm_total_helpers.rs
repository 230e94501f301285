// learner: optimal
// idiom: Elm-style: total digit lookup returning Option, decode as try_fold over chars().enumerate(), encode by unfold (successors)
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

fn digit_value(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

fn step(acc: u64, (index, ch): (usize, char)) -> Result<u64, DecodeError> {
    let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
    if index == 1 && acc == 0 {
        return Err(DecodeError::LeadingZero);
    }
    acc.checked_mul(62)
        .and_then(|v| v.checked_add(d))
        .ok_or(DecodeError::Overflow)
}

pub fn encode(id: u64) -> String {
    let digits: Vec<u8> = std::iter::successors(Some(id), |&rest| match rest / 62 {
        0 => None,
        q => Some(q),
    })
    .map(|rest| ALPHABET[(rest % 62) as usize])
    .collect();
    digits.iter().rev().map(|&b| b as char).collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    match code.is_empty() {
        true => Err(DecodeError::Empty),
        false => code.chars().enumerate().try_fold(0u64, step),
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
        let id = match self.by_url.get(url) {
            Some(&known) => known,
            None => {
                let fresh = self.by_id.len() as u64;
                self.by_id.push(url.to_string());
                self.by_url.insert(url.to_string(), fresh);
                fresh
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.by_id.get(i))
            .map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
