// learner: optimal
// idiom: beginner-verbose: count digits with a while loop then fill a zeroed Vec by index from the back, many small private fns, two HashMaps (id->url, url->id)
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
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

fn count_digits(id: u64) -> usize {
    let mut n = id;
    let mut count = 1;
    while n >= 62 {
        n = n / 62;
        count = count + 1;
    }
    count
}

fn digit_char(value: u64) -> u8 {
    ALPHABET[value as usize]
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let len = count_digits(id);
    let mut out = vec![b'0'; len];
    let mut n = id;
    let mut pos = len;
    while pos > 0 {
        pos = pos - 1;
        out[pos] = digit_char(n % 62);
        n = n / 62;
    }
    String::from_utf8(out).unwrap()
}

fn digit_value(ch: char) -> Option<u64> {
    if ch >= '0' && ch <= '9' {
        return Some((ch as u8 - b'0') as u64);
    }
    if ch >= 'a' && ch <= 'z' {
        return Some((ch as u8 - b'a') as u64 + 10);
    }
    if ch >= 'A' && ch <= 'Z' {
        return Some((ch as u8 - b'A') as u64 + 36);
    }
    None
}

fn push_digit(acc: u64, digit: u64) -> Result<u64, DecodeError> {
    let shifted = match acc.checked_mul(62) {
        Some(v) => v,
        None => return Err(DecodeError::Overflow),
    };
    match shifted.checked_add(digit) {
        Some(v) => Ok(v),
        None => Err(DecodeError::Overflow),
    }
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let has_more_than_one = code.chars().nth(1).is_some();
    let mut acc: u64 = 0;
    let mut index = 0;
    for ch in code.chars() {
        let digit = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        if index == 0 && digit == 0 && has_more_than_one {
            return Err(DecodeError::LeadingZero);
        }
        acc = push_digit(acc, digit)?;
        index = index + 1;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_of_id: std::collections::HashMap<u64, String>,
    id_of_url: std::collections::HashMap<String, u64>,
    next_id: u64,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.id_of_url.get(url) {
            return encode(*id);
        }
        let id = self.next_id;
        self.next_id = self.next_id + 1;
        self.url_of_id.insert(id, url.to_string());
        self.id_of_url.insert(url.to_string(), id);
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = match decode(code) {
            Ok(id) => id,
            Err(_) => return None,
        };
        match self.url_of_id.get(&id) {
            Some(url) => Some(url.as_str()),
            None => None,
        }
    }

    pub fn len(&self) -> usize {
        self.id_of_url.len()
    }

    pub fn is_empty(&self) -> bool {
        self.id_of_url.is_empty()
    }
}
