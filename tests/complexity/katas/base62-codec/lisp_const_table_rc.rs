// learner: optimal
// idiom: Lisp-style: const reverse lookup table built by a const fn loop, fixed [u8; 11] buffer filled from the back, Rc<str> shared between Vec and HashMap
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

use std::rc::Rc;

const NIL: u8 = 255;

const fn make_table() -> [u8; 128] {
    let mut t = [NIL; 128];
    let mut i = 0;
    while i < 62 {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

static TABLE: [u8; 128] = make_table();

fn lookup(c: char) -> Option<u64> {
    let k = c as usize;
    if k < 128 && TABLE[k] != NIL {
        Some(TABLE[k] as u64)
    } else {
        None
    }
}

pub fn encode(id: u64) -> String {
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
    std::str::from_utf8(&buf[pos..]).expect("ascii").to_owned()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut chars = code.chars().enumerate().peekable();
    match chars.peek() {
        None => return Err(DecodeError::Empty),
        Some(&(_, '0')) if code.len() > 1 => {
            // the first char is valid; a later invalid char cannot come "before" it
            return Err(DecodeError::LeadingZero);
        }
        _ => {}
    }
    let mut acc = 0u64;
    for (index, ch) in chars {
        let d = lookup(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        acc = acc
            .checked_mul(62)
            .and_then(|a| a.checked_add(d))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<Rc<str>>,
    ids: HashMap<Rc<str>, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.ids.get(url) {
            Some(&id) => id,
            None => {
                let shared: Rc<str> = Rc::from(url);
                let id = self.urls.len() as u64;
                self.urls.push(Rc::clone(&shared));
                self.ids.insert(shared, id);
                id
            }
        };
        encode(id)
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
