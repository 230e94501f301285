// learner: slow
// why: Shortener::shorten is O(n) time, target O(1): Perl-style while loop with a manual counter over every stored URL to find a duplicate
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
    let mut i = buf.len();
    let mut n = id;
    loop {
        i -= 1;
        buf[i] = ALPHABET[(n % 62) as usize];
        n /= 62;
        if n == 0 { break; }
    }
    String::from_utf8_lossy(&buf[i..]).into_owned()
}

fn ord(c: char) -> i64 {
    let c = c as u32;
    if (48..=57).contains(&c) { return (c - 48) as i64; }
    if (97..=122).contains(&c) { return (c - 97 + 10) as i64; }
    if (65..=90).contains(&c) { return (c - 65 + 36) as i64; }
    -1
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() { return Err(DecodeError::Empty); }
    let mut it = code.chars();
    let mut i = 0usize;
    let mut acc = 0u64;
    let mut lead = '\0';
    while let Some(c) = it.next() {
        let d = ord(c);
        if d < 0 { return Err(DecodeError::InvalidChar { ch: c, index: i }); }
        if i == 0 { lead = c; }
        if i == 1 && lead == '0' { return Err(DecodeError::LeadingZero); }
        acc = match acc.checked_mul(62).and_then(|x| x.checked_add(d as u64)) {
            Some(x) => x,
            None => return Err(DecodeError::Overflow),
        };
        i += 1;
    }
    Ok(acc)
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
        let n = self.urls.len();
        while i < n {
            if self.urls[i] == url { return encode(i as u64); }
            i += 1;
        }
        self.urls.push(url.to_string());
        encode(n as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()? as usize;
        if id < self.urls.len() { Some(&self.urls[id]) } else { None }
    }

    pub fn len(&self) -> usize { self.urls.len() }

    pub fn is_empty(&self) -> bool { self.urls.is_empty() }
}
