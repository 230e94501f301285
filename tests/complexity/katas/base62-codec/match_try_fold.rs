// learner: optimal
// idiom: match on char ranges, try_fold with checked arithmetic, successors + reverse for encode, entry API in shorten
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
    let mut s: Vec<u8> = std::iter::successors(Some(id), |&n| (n >= 62).then(|| n / 62))
        .map(|n| ALPHABET[(n % 62) as usize])
        .collect();
    s.reverse();
    String::from_utf8(s).expect("alphabet is ascii")
}

fn value_of(ch: char) -> Option<u64> {
    let v = match ch {
        '0'..='9' => ch as u32 - '0' as u32,
        'a'..='z' => ch as u32 - 'a' as u32 + 10,
        'A'..='Z' => ch as u32 - 'A' as u32 + 36,
        _ => return None,
    };
    Some(u64::from(v))
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    match chars.peek() {
        None => return Err(DecodeError::Empty),
        Some(&(_, '0')) if code.len() > 1 => {
            // the rest must still be scanned left to right for invalid chars first? the
            // leading zero is found at index 1, so only index 0 is checked before it.
            return Err(DecodeError::LeadingZero);
        }
        _ => {}
    }
    chars.try_fold(0u64, |acc, (index, ch)| {
        let d = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        acc.checked_mul(62)
            .and_then(|a| a.checked_add(d))
            .ok_or(DecodeError::Overflow)
    })
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    index: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.urls.len() as u64;
        let id = *self.index.entry(url.to_owned()).or_insert(next);
        if id == next {
            self.urls.push(url.to_owned());
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(id as usize).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
