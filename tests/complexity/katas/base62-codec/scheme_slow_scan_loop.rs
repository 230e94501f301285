// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): deduplication walks every stored URL with an index loop instead of a reverse map
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
    encode_into(id, String::new())
}

/// Accumulator-passing: build the digits most-significant first.
fn encode_into(n: u64, acc: String) -> String {
    let acc = if n >= 62 { encode_into(n / 62, acc) } else { acc };
    let mut acc = acc;
    acc.push(ALPHABET[(n % 62) as usize] as char);
    acc
}

fn digit_of(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = digit_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc.checked_mul(62).and_then(|v| v.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
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
        match self.index_of(url) {
            Some(id) => encode(id as u64),
            None => {
                self.urls.push(url.to_string());
                encode((self.urls.len() - 1) as u64)
            }
        }
    }

    /// Where is this URL in our list, if anywhere?
    fn index_of(&self, url: &str) -> Option<usize> {
        let mut i = 0;
        while i < self.urls.len() {
            if self.urls[i] == url {
                return Some(i);
            }
            i += 1;
        }
        None
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
