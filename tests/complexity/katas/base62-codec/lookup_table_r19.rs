// learner: optimal
// idiom: retro: 256-entry decode table built in a const fn, fixed [u8; 11] digit buffer filled from the right, raw while loops
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

const BAD: u8 = 0xFF;

const fn build_table() -> [u8; 256] {
    let mut t = [BAD; 256];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static DECODE_TAB: [u8; 256] = build_table();

pub fn encode(id: u64) -> String {
    let mut buf = [0u8; 11];
    let mut x = id;
    let mut p = 11usize;
    loop {
        p -= 1;
        buf[p] = ALPHABET[(x % 62) as usize];
        x /= 62;
        if x == 0 {
            break;
        }
    }
    // only ASCII in buf
    String::from_utf8(buf[p..].to_vec()).unwrap()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let b = code.as_bytes();
    if b.len() == 0 {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    let mut i = 0usize; // byte cursor
    let mut ci = 0usize; // char index
    while i < b.len() {
        let c = b[i];
        let d = if c < 0x80 { DECODE_TAB[c as usize] } else { BAD };
        if d == BAD {
            let ch = code[i..].chars().next().unwrap();
            return Err(DecodeError::InvalidChar { ch, index: ci });
        }
        if ci == 1 && acc == 0 {
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62) {
            Some(v) => match v.checked_add(d as u64) {
                Some(w) => w,
                None => return Err(DecodeError::Overflow),
            },
            None => return Err(DecodeError::Overflow),
        };
        i += 1; // valid digits are 1 byte each
        ci += 1;
    }
    Ok(acc)
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
        if let Some(&id) = self.ids.get(url) {
            return encode(id);
        }
        let id = self.urls.len() as u64;
        self.urls.push(url.to_string());
        self.ids.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id >= self.urls.len() as u64 {
            return None;
        }
        Some(&self.urls[id as usize])
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.len() == 0
    }
}
