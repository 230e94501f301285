// learner: slow
// why: decode is O(k^2) time, target O(k): reads the i-th char with code.chars().nth(i) inside a loop over the char count
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
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

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut out = Vec::new();
    let mut n = id;
    loop {
        out.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

fn value(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - 48),
        'a'..='z' => Some(ch as u64 - 97 + 10),
        'A'..='Z' => Some(ch as u64 - 65 + 36),
        _ => None,
    }
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let k = code.chars().count();
    if k == 0 {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    for i in 0..k {
        let ch = code.chars().nth(i).unwrap();
        let d = value(ch).ok_or(DecodeError::InvalidChar { ch, index: i })?;
        if i == 0 && d == 0 && k > 1 {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc.checked_mul(62).ok_or(DecodeError::Overflow)?;
        acc = acc.checked_add(d).ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<String>,
    ids: std::collections::HashMap<String, u64>,
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
