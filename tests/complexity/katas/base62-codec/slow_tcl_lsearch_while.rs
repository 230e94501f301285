// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): Tcl `lsearch` habit, a while loop with a counter compares the URL against every stored one
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
    let mut n = id;
    let mut out = Vec::new();
    loop {
        out.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

fn digit(ch: char) -> Option<u64> {
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
    let mut v: u64 = 0;
    for (index, ch) in code.chars().enumerate() {
        let d = digit(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index == 1 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        v = v.checked_mul(62).and_then(|x| x.checked_add(d)).ok_or(DecodeError::Overflow)?;
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
        let mut i = 0;
        while i < self.urls.len() {
            if self.urls[i] == url {
                return encode(i as u64);
            }
            i += 1;
        }
        self.urls.push(url.to_string());
        encode(i as u64)
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
