// learner: optimal
// idiom: Lua-style: two HashMap "tables" (url->id, id->url), fixed byte buffer filled with a while loop from the back
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
    let mut buf = [0u8; 11];
    let mut pos = 11;
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n = n / 62;
        if n == 0 {
            break;
        }
    }
    let mut out = String::new();
    while pos < 11 {
        out.push(buf[pos] as char);
        pos += 1;
    }
    out
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut total: u64 = 0;
    let mut idx = 0;
    let mut first_is_zero = false;
    for c in code.chars() {
        let d: u64;
        if c >= '0' && c <= '9' {
            d = c as u64 - '0' as u64;
        } else if c >= 'a' && c <= 'z' {
            d = c as u64 - 'a' as u64 + 10;
        } else if c >= 'A' && c <= 'Z' {
            d = c as u64 - 'A' as u64 + 36;
        } else {
            return Err(DecodeError::InvalidChar { ch: c, index: idx });
        }
        if idx == 0 && d == 0 {
            first_is_zero = true;
        }
        if idx == 1 && first_is_zero {
            return Err(DecodeError::LeadingZero);
        }
        match total.checked_mul(62) {
            Some(t) => match t.checked_add(d) {
                Some(t2) => total = t2,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        }
        idx += 1;
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_url: HashMap<String, u64>,
    by_id: HashMap<u64, String>,
    next_id: u64,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        match self.by_url.get(url) {
            Some(id) => encode(*id),
            None => {
                let id = self.next_id;
                self.next_id += 1;
                self.by_url.insert(url.to_string(), id);
                self.by_id.insert(id, url.to_string());
                encode(id)
            }
        }
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) => match self.by_id.get(&id) {
                Some(u) => Some(u.as_str()),
                None => None,
            },
            Err(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        self.next_id as usize
    }

    pub fn is_empty(&self) -> bool {
        self.next_id == 0
    }
}
