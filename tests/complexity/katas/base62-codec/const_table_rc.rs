// learner: optimal
// idiom: const reverse lookup table [u8; 128] built in a const fn, recursive encode over digits, Rc<str> shared between the map and the list
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

const INVALID: u8 = 0xFF;

const fn reverse_table() -> [u8; 128] {
    let mut t = [INVALID; 128];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static VALUE_OF: [u8; 128] = reverse_table();

fn push_digits(id: u64, out: &mut String) {
    // at most 11 levels deep
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

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    let mut total: u64 = 0;
    let mut first = true;
    while let Some((index, ch)) = chars.next() {
        let v = match ch {
            c if c.is_ascii() && VALUE_OF[c as usize] != INVALID => VALUE_OF[c as usize] as u64,
            _ => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if first && v == 0 && chars.peek().is_some() {
            // the next char still has to be checked first if it is invalid
            let (i2, c2) = *chars.peek().unwrap();
            if !(c2.is_ascii() && VALUE_OF[c2 as usize] != INVALID) {
                return Err(DecodeError::InvalidChar { ch: c2, index: i2 });
            }
            return Err(DecodeError::LeadingZero);
        }
        first = false;
        total = total.checked_mul(62).and_then(|t| t.checked_add(v)).ok_or(DecodeError::Overflow)?;
    }
    if first {
        Err(DecodeError::Empty)
    } else {
        Ok(total)
    }
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
        let fresh = self.by_id.len() as u64;
        let id = *self.by_url.entry(Rc::from(url)).or_insert(fresh);
        if id == fresh {
            let key = self.by_url.get_key_value(url).map(|(k, _)| Rc::clone(k)).unwrap();
            self.by_id.push(key);
        }
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.by_id.get(id as usize).map(|s| &**s)
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
