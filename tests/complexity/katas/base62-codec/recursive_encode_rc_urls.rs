// learner: optimal
// idiom: Gleam developer: recursive encode (at most 11 levels) building the string on the way back, decode folds over the chars with ALPHABET.iter().position for digits; the shortener shares each URL as Rc<str> between its two indexes
use std::collections::HashMap;
use std::rc::Rc;
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

fn push_digits(id: u64, out: &mut String) {
    if id >= 62 {
        push_digits(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

pub fn encode(id: u64) -> String {
    let mut code = String::with_capacity(11);
    push_digits(id, &mut code);
    code
}

fn digit(index: usize, ch: char) -> Result<u64, DecodeError> {
    u8::try_from(ch)
        .ok()
        .and_then(|b| ALPHABET.iter().position(|&a| a == b))
        .map(|d| d as u64)
        .ok_or(DecodeError::InvalidChar { ch, index })
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate();
    let first = match chars.next() {
        None => return Err(DecodeError::Empty),
        Some((index, ch)) => digit(index, ch)?,
    };
    let mut value = first;
    for (index, ch) in chars {
        let d = digit(index, ch)?;
        if first == 0 {
            return Err(DecodeError::LeadingZero);
        }
        value = value
            .checked_mul(62)
            .and_then(|v| v.checked_add(d))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<Rc<str>>,
    by_url: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&id) = self.by_url.get(url) {
            return encode(id);
        }
        let shared: Rc<str> = Rc::from(url);
        let id = self.by_id.len() as u64;
        self.by_id.push(Rc::clone(&shared));
        self.by_url.insert(shared, id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.by_id.get(usize::try_from(id).ok()?).map(|url| &**url)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
