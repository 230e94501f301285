// learner: optimal
// idiom: Kotlin-dev style: impl-block private helpers, ALPHABET.iter().position for digit lookup (bounded 62), recursion for encode, Rc<str> shared between map and vec
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

use std::collections::HashMap;
use std::rc::Rc;

fn push_digits(n: u64, out: &mut String) {
    if n >= 62 {
        push_digits(n / 62, out);
    }
    out.push(ALPHABET[(n % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut s = String::with_capacity(11);
    push_digits(id, &mut s);
    s
}

fn value_of(ch: char) -> Option<u64> {
    if !ch.is_ascii() {
        return None;
    }
    let b = ch as u8;
    ALPHABET.iter().position(|&a| a == b).map(|p| p as u64)
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    if chars.peek().is_none() {
        return Err(DecodeError::Empty);
    }
    let mut total = 0u64;
    let mut leading_zero = false;
    while let Some((index, ch)) = chars.next() {
        let digit = value_of(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        if leading_zero {
            return Err(DecodeError::LeadingZero);
        }
        if index == 0 && digit == 0 {
            leading_zero = true;
        }
        total = total.checked_mul(62).ok_or(DecodeError::Overflow)?;
        total = total.checked_add(digit).ok_or(DecodeError::Overflow)?;
    }
    Ok(total)
}

#[derive(Debug, Default)]
pub struct Shortener {
    store: Vec<Rc<str>>,
    index: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    fn lookup(&self, url: &str) -> Option<u64> {
        self.index.get(url).copied()
    }

    fn register(&mut self, url: &str) -> u64 {
        let id = self.store.len() as u64;
        let shared: Rc<str> = Rc::from(url);
        self.store.push(Rc::clone(&shared));
        self.index.insert(shared, id);
        id
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.lookup(url) {
            Some(id) => id,
            None => self.register(url),
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        let slot = usize::try_from(id).ok()?;
        self.store.get(slot).map(|rc| &**rc)
    }

    pub fn len(&self) -> usize {
        self.store.len()
    }

    pub fn is_empty(&self) -> bool {
        self.store.is_empty()
    }
}
