// learner: optimal
// idiom: Clojure developer: encode by recursion on the quotient (prefix first, like (str (encode q) d)), decode folds into a u128 and checks the bound once per step, urls interned once as Rc<str> shared by the vector and the map
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The string is empty.
    Empty,
    /// `ch` at char index `index` is not a base62 digit.
    InvalidChar { ch: char, index: usize },
    /// A code longer than one digit starts with `'0'`; codes are canonical.
    LeadingZero,
    /// The value does not fit in a `u64`.
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

fn push_digits(id: u64, out: &mut String) {
    if id >= 62 {
        push_digits(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    push_digits(id, &mut s);
    s
}

fn value_of(ch: char) -> Option<u32> {
    u8::try_from(ch).ok().and_then(|b| ALPHABET.iter().position(|&a| a == b)).map(|p| p as u32)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    let Some(&(_, first)) = chars.peek() else { return Err(DecodeError::Empty) };
    let mut acc: u128 = 0;
    for (index, ch) in chars {
        let v = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if index > 0 && first == '0' {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc * 62 + u128::from(v);
        if acc > u128::from(u64::MAX) {
            return Err(DecodeError::Overflow);
        }
    }
    Ok(acc as u64)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<Rc<str>>,
    index: HashMap<Rc<str>, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.index.get(url) {
            Some(&id) => id,
            None => {
                let shared: Rc<str> = Rc::from(url);
                self.urls.push(Rc::clone(&shared));
                self.index.insert(shared, self.urls.len() - 1);
                self.urls.len() - 1
            }
        };
        encode(id as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.urls.get(usize::try_from(id).ok()?).map(|u| &**u)
    }

    pub fn len(&self) -> usize {
        self.urls.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls.is_empty()
    }
}
