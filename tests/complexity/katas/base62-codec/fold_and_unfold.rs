// learner: optimal
// idiom: PureScript-ish: unfold for encode, try_fold (Horner) with Result combinators for decode, Vec + HashMap shortener
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
    let mut digits: Vec<u8> = std::iter::successors(Some(id), |&q| Some(q / 62).filter(|&q| q > 0))
        .map(|q| ALPHABET[(q % 62) as usize])
        .collect();
    digits.reverse();
    String::from_utf8(digits).expect("alphabet is ASCII")
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && acc == 0 {
            return Err(DecodeError::LeadingZero);
        }
        acc.checked_mul(62).and_then(|v| v.checked_add(d)).ok_or(DecodeError::Overflow)
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
        let next = self.urls.len() as u64;
        let id = match self.ids.get(url) {
            Some(&id) => id,
            None => {
                self.urls.push(url.to_owned());
                self.ids.insert(url.to_owned(), next);
                next
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
