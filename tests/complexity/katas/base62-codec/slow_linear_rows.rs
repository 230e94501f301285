// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): dedup by a linear index loop over the Vec of stored URLs
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
    let mut d = Vec::with_capacity(11);
    let mut x = id;
    loop {
        d.push(ALPHABET[(x % 62) as usize]);
        x /= 62;
        if x == 0 { break; }
    }
    d.reverse();
    String::from_utf8(d).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() { return Err(DecodeError::Empty); }
    let mut acc: u64 = 0;
    let mut i = 0usize;
    for c in code.chars() {
        let v = if c.is_ascii_digit() { c as u64 - 48 }
            else if c.is_ascii_lowercase() { c as u64 - 97 + 10 }
            else if c.is_ascii_uppercase() { c as u64 - 65 + 36 }
            else { return Err(DecodeError::InvalidChar { ch: c, index: i }); };
        if i == 1 && acc == 0 { return Err(DecodeError::LeadingZero); }
        acc = acc.checked_mul(62).and_then(|a| a.checked_add(v)).ok_or(DecodeError::Overflow)?;
        i += 1;
    }
    Ok(acc)
}

// a "table" with one column; id = row index, like a Julia Vector{String}
#[derive(Debug, Default)]
pub struct Shortener {
    rows: Vec<String>,
}

impl Shortener {
    pub fn new() -> Self { Self::default() }

    pub fn shorten(&mut self, url: &str) -> String {
        let n = self.rows.len();
        let mut i = 0;
        while i < n {
            if self.rows[i] == url {
                return encode(i as u64);
            }
            i += 1;
        }
        self.rows.push(url.to_string());
        encode(n as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id < self.rows.len() as u64 { Some(self.rows[id as usize].as_str()) } else { None }
    }

    pub fn len(&self) -> usize { self.rows.len() }

    pub fn is_empty(&self) -> bool { self.rows.is_empty() }
}
