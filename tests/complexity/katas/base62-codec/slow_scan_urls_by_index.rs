// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): MATLAB-style `for k = 1:numel(urls)` scan of all stored URLs instead of a reverse map
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
    let mut x = id;
    loop {
        pos -= 1;
        buf[pos] = ALPHABET[(x % 62) as usize];
        x /= 62;
        if x == 0 {
            break;
        }
    }
    String::from_utf8_lossy(&buf[pos..]).into_owned()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut v: u64 = 0;
    for (i, c) in code.chars().enumerate() {
        let d = match ALPHABET.iter().position(|&a| a as char == c) {
            Some(d) => d as u64,
            None => return Err(DecodeError::InvalidChar { ch: c, index: i }),
        };
        if i == 1 && v == 0 {
            return Err(DecodeError::LeadingZero);
        }
        v = v.checked_mul(62).and_then(|w| w.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(v)
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
        let n = self.urls.len();
        let mut k = 1;
        while k <= n {
            if self.urls[k - 1] == url {
                return encode((k - 1) as u64);
            }
            k += 1;
        }
        self.urls.push(url.to_string());
        encode(n as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()? as usize;
        if id < self.urls.len() {
            Some(self.urls[id].as_str())
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
