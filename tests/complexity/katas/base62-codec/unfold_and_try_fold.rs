// learner: optimal
// idiom: Gleam developer: encode unfolds digits with iter::successors and reverses, decode is a try_fold over enumerated chars returning Result; the shortener is a Vec (id -> url) plus a HashMap (url -> id)
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

pub fn encode(id: u64) -> String {
    let mut digits: Vec<char> = std::iter::successors(Some(id), |&n| (n >= 62).then_some(n / 62))
        .map(|n| ALPHABET[(n % 62) as usize] as char)
        .collect();
    digits.reverse();
    digits.into_iter().collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let digit = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && acc == 0 {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62)
            .and_then(|n| n.checked_add(digit))
            .ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.ids.get(url) {
            Some(&id) => id,
            None => {
                let id = self.urls.len() as u64;
                self.urls.push(url.to_string());
                self.ids.insert(url.to_string(), id);
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.urls.get(i))
            .map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
