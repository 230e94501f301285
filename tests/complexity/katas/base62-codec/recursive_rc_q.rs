// learner: optimal
// idiom: q/kdb+ quant: recursive encode (like a q lambda calling .z.s), digit lookup as `ALPHABET?c` (find in the 62-byte vector), one Rc<str> shared by both directions of the shortener
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

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

fn enc(id: u64, out: &mut String) {
    if id >= 62 {
        enc(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    enc(id, &mut s);
    s
}

/// q: ALPHABET?c
fn find(ch: char) -> Option<u64> {
    u8::try_from(ch).ok().and_then(|b| ALPHABET.iter().position(|&a| a == b)).map(|p| p as u64)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    match code.as_bytes() {
        [] => return Err(DecodeError::Empty),
        [b'0', _, ..] => return Err(DecodeError::LeadingZero),
        _ => {}
    }
    let mut acc = 0u64;
    for (index, ch) in code.chars().enumerate() {
        let d = find(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        acc = acc.checked_mul(62).and_then(|a| a.checked_add(d)).ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    idx: HashMap<Rc<str>, u64>,
    tab: Vec<Rc<str>>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.idx.get(url) {
            Some(&id) => id,
            None => {
                let u: Rc<str> = Rc::from(url);
                let id = self.tab.len() as u64;
                self.tab.push(Rc::clone(&u));
                self.idx.insert(u, id);
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.tab.get(usize::try_from(id).ok()?).map(|u| &**u)
    }

    pub fn len(&self) -> usize {
        self.tab.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tab.is_empty()
    }
}
