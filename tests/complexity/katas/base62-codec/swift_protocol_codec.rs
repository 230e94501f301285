// learner: optimal
// idiom: Swift protocol-as-trait ShortCodec implemented by a unit struct, stack array for encode, byte loop with while, Box<str> storage
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

trait ShortCodec {
    fn encode_id(&self, id: u64) -> String;
    fn decode_code(&self, code: &str) -> Result<u64, DecodeError>;
}

struct Base62;

impl ShortCodec for Base62 {
    fn encode_id(&self, id: u64) -> String {
        let mut buf = [0u8; 11];
        let mut pos = buf.len();
        let mut n = id;
        loop {
            pos -= 1;
            buf[pos] = ALPHABET[(n % 62) as usize];
            n /= 62;
            if n == 0 {
                break;
            }
        }
        let mut out = String::with_capacity(buf.len() - pos);
        for &b in &buf[pos..] {
            out.push(b as char);
        }
        out
    }

    fn decode_code(&self, code: &str) -> Result<u64, DecodeError> {
        guard_not_empty(code)?;
        let mut total: u64 = 0;
        let mut index = 0usize;
        let mut chars = code.chars();
        while let Some(ch) = chars.next() {
            let digit = match ch {
                '0'..='9' => (ch as u8 - b'0') as u64,
                'a'..='z' => (ch as u8 - b'a') as u64 + 10,
                'A'..='Z' => (ch as u8 - b'A') as u64 + 36,
                _ => return Err(DecodeError::InvalidChar { ch, index }),
            };
            if index == 1 && total == 0 {
                return Err(DecodeError::LeadingZero);
            }
            total = match total.checked_mul(62).and_then(|t| t.checked_add(digit)) {
                Some(t) => t,
                None => return Err(DecodeError::Overflow),
            };
            index += 1;
        }
        Ok(total)
    }
}

fn guard_not_empty(code: &str) -> Result<(), DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(())
}

pub fn encode(id: u64) -> String {
    Base62.encode_id(id)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    Base62.decode_code(code)
}

#[derive(Debug, Default)]
pub struct Shortener {
    stored: Vec<Box<str>>,
    lookup: HashMap<Box<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        guard_known(&self.lookup, url).unwrap_or_else(|| {
            let next_id = self.stored.len() as u64;
            self.stored.push(url.into());
            self.lookup.insert(url.into(), next_id);
            encode(next_id)
        })
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let Ok(id) = decode(code) else { return None };
        let Ok(slot) = usize::try_from(id) else { return None };
        self.stored.get(slot).map(|b| &**b)
    }

    pub fn len(&self) -> usize {
        self.stored.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stored.is_empty()
    }
}

fn guard_known(lookup: &HashMap<Box<str>, u64>, url: &str) -> Option<String> {
    lookup.get(url).map(|&id| encode(id))
}
