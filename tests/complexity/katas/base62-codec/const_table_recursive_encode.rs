// learner: optimal
// idiom: const 128-entry reverse lookup table built at compile time, recursive encode (depth <= 11), Rc<str> shared between both directions
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

const NONE: u8 = 255;

const REVERSE: [u8; 128] = {
    let mut t = [NONE; 128];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
};

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

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut total: u64 = 0;
    let mut count = 0usize;
    for (index, ch) in code.chars().enumerate() {
        let code_point = ch as usize;
        let digit = if code_point < 128 { REVERSE[code_point] } else { NONE };
        if digit == NONE {
            return Err(DecodeError::InvalidChar { ch, index });
        }
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        total = total
            .checked_mul(62)
            .and_then(|t| t.checked_add(digit as u64))
            .ok_or(DecodeError::Overflow)?;
        count += 1;
    }
    if count == 0 {
        Err(DecodeError::Empty)
    } else {
        Ok(total)
    }
}

#[derive(Debug, Default)]
pub struct Shortener {
    table: Vec<Rc<str>>,
    lookup: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        match self.lookup.get(url) {
            Some(id) => encode(*id),
            None => {
                let id = self.table.len() as u64;
                let shared: Rc<str> = Rc::from(url);
                self.table.push(Rc::clone(&shared));
                self.lookup.insert(shared, id);
                encode(id)
            }
        }
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id < self.table.len() as u64 {
            Some(&self.table[id as usize])
        } else {
            None
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }
}
