// learner: optimal
// idiom: encode via iter::successors + rev, decode with a peekable while-let and a digit closure stored in a variable, Box<str> keys with Option combinators
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

fn digits_low_first(id: u64) -> impl Iterator<Item = u8> {
    std::iter::successors(Some(id), |&n| if n >= 62 { Some(n / 62) } else { None })
        .map(|n| ALPHABET[(n % 62) as usize])
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut bytes: Vec<u8> = digits_low_first(id).collect();
    bytes.reverse();
    String::from_utf8(bytes).expect("alphabet is ASCII")
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let value_of = |c: char| -> Option<u64> {
        match c {
            '0'..='9' => Some(c as u64 - '0' as u64),
            'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
            'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
            _ => None,
        }
    };
    let mut it = code.chars().enumerate().peekable();
    if it.peek().is_none() {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    while let Some((index, ch)) = it.next() {
        let d = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 0 && d == 0 && it.peek().is_some() {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc.checked_mul(62).and_then(|v| v.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<Box<str>>,
    by_url: std::collections::HashMap<Box<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = self.by_url.get(url).copied().unwrap_or_else(|| {
            let fresh = self.by_id.len() as u64;
            self.by_id.push(url.into());
            self.by_url.insert(url.into(), fresh);
            fresh
        });
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        decode(code)
            .ok()
            .and_then(|id| usize::try_from(id).ok())
            .and_then(|i| self.by_id.get(i))
            .map(|b| &**b)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
