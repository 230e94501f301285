// learner: optimal
// idiom: competitive programmer: one-letter names, byte loops, match ranges, HashMap entry
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

pub fn encode(mut x: u64) -> String {
    let mut b = Vec::with_capacity(11);
    loop {
        b.push(ALPHABET[(x % 62) as usize]);
        x /= 62;
        if x == 0 { break; }
    }
    b.reverse();
    unsafe { String::from_utf8_unchecked(b) }
}

pub fn decode(s: &str) -> Result<u64, DecodeError> {
    if s.is_empty() { return Err(DecodeError::Empty); }
    let mut r = 0u64;
    for (i, c) in s.chars().enumerate() {
        let d = match c {
            '0'..='9' => c as u64 - '0' as u64,
            'a'..='z' => c as u64 - 'a' as u64 + 10,
            'A'..='Z' => c as u64 - 'A' as u64 + 36,
            _ => return Err(DecodeError::InvalidChar { ch: c, index: i }),
        };
        if i == 0 && d == 0 && s.len() > 1 { return Err(DecodeError::LeadingZero); }
        r = r.checked_mul(62).and_then(|v| v.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(r)
}

#[derive(Debug, Default)]
pub struct Shortener {
    v: Vec<String>,
    m: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self { Self::default() }

    pub fn shorten(&mut self, u: &str) -> String {
        let n = self.v.len() as u64;
        if let Some(&i) = self.m.get(u) { return encode(i); }
        self.m.insert(u.to_string(), n);
        self.v.push(u.to_string());
        encode(n)
    }

    pub fn expand(&self, c: &str) -> Option<&str> {
        let i = decode(c).ok()?;
        self.v.get(usize::try_from(i).ok()?).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize { self.v.len() }
    pub fn is_empty(&self) -> bool { self.v.is_empty() }
}
