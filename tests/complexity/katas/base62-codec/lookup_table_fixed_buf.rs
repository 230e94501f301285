// learner: optimal
// idiom: Nim systems programmer: a 256-entry reverse lookup table built in a const fn, encode fills a fixed [u8; 11] buffer from the back, decode walks chars with a manual index counter and checked math
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

const INVALID: u8 = 0xFF;

const fn buildLookup() -> [u8; 256] {
    let mut t = [INVALID; 256];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

const LOOKUP: [u8; 256] = buildLookup();

pub fn encode(id: u64) -> String {
    let mut buf = [0u8; 11];
    let mut pos = buf.len();
    let mut n = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(n % 62) as usize];
        n = n / 62;
        if n == 0 {
            break;
        }
    }
    // only ASCII went in
    String::from_utf8(buf[pos..].to_vec()).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut result: u64 = 0;
    let mut idx: usize = 0;
    for ch in code.chars() {
        let d: u8 = if (ch as u32) < 256 { LOOKUP[ch as usize] } else { INVALID };
        if d == INVALID {
            return Err(DecodeError::InvalidChar { ch: ch, index: idx });
        }
        if idx == 1 && result == 0 {
            return Err(DecodeError::LeadingZero);
        }
        result = match result.checked_mul(62) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        result = match result.checked_add(d as u64) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        idx += 1;
    }
    Ok(result)
}

#[derive(Debug, Default)]
pub struct Shortener {
    byId: Vec<String>,
    byUrl: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.byUrl.get(url) {
            return encode(*id);
        }
        let id = self.byId.len() as u64;
        self.byId.push(url.to_string());
        self.byUrl.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(v) => v,
            Err(_) => return None,
        };
        if id >= self.byId.len() as u64 {
            return None;
        }
        Some(self.byId[id as usize].as_str())
    }

    pub fn len(&self) -> usize {
        self.byId.len()
    }

    pub fn is_empty(&self) -> bool {
        self.byId.len() == 0
    }
}
