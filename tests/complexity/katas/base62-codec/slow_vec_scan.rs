// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedup by scanning the Vec of stored URLs with a for loop instead of a reverse map
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

fn val(b: char) -> Option<u64> {
    ALPHABET.iter().position(|&a| a as char == b).map(|p| p as u64)
}

pub fn encode(mut id: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(ALPHABET[(id % 62) as usize]);
        id /= 62;
        if id == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut n: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let Some(d) = val(ch) else {
            return Err(DecodeError::InvalidChar { ch, index });
        };
        if index == 1 && n == 0 {
            return Err(DecodeError::LeadingZero);
        }
        n = n.checked_mul(62).ok_or(DecodeError::Overflow)?;
        n = n.checked_add(d).ok_or(DecodeError::Overflow)?;
    }
    Ok(n)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let mut found = None;
        for (i, u) in self.urls.iter().enumerate() {
            if u == url {
                found = Some(i);
                break;
            }
        }
        let id = match found {
            Some(i) => i,
            None => {
                self.urls.push(url.to_string());
                self.urls.len() - 1
            }
        };
        encode(id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(id as usize).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
