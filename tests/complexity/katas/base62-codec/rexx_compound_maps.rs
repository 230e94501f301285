// learner: optimal
// idiom: REXX: both directions as compound-variable maps (URL.id and ID.url both HashMaps), encode into a buffer then flip it in place like REVERSE()
// why: encode <= 11 digits plus an 11-byte flip, decode checked Horner, shorten/expand one hash lookup each

/* REXX-style: everything is a stem. URL_OF.id and ID_OF.url, plus a counter like URL_OF.0 */

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
    // least significant digit first, then flip the bytes (all ASCII, so this is safe)
    let mut digit_bytes: Vec<u8> = Vec::with_capacity(11);
    let mut rest = id;
    loop {
        digit_bytes.push(ALPHABET[(rest % 62) as usize]);
        rest /= 62;
        if rest == 0 {
            break;
        }
    }
    let mut left_pos = 0usize;
    let mut right_pos = digit_bytes.len() - 1;
    loop {
        if left_pos >= right_pos {
            break;
        }
        digit_bytes.swap(left_pos, right_pos);
        left_pos += 1;
        right_pos -= 1;
    }
    String::from_utf8(digit_bytes).expect("alphabet is ascii")
}

fn value_of_char(ch: char) -> Option<u8> {
    if ch.is_ascii_digit() {
        Some(ch as u8 - b'0')
    } else if ch.is_ascii_lowercase() {
        Some(ch as u8 - b'a' + 10)
    } else if ch.is_ascii_uppercase() {
        Some(ch as u8 - b'A' + 36)
    } else {
        None
    }
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    for (position, ch) in code.chars().enumerate() {
        let Some(digit) = value_of_char(ch) else {
            return Err(DecodeError::InvalidChar { ch, index: position });
        };
        if position == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        let Some(shifted) = acc.checked_mul(62) else {
            return Err(DecodeError::Overflow);
        };
        let Some(summed) = shifted.checked_add(digit as u64) else {
            return Err(DecodeError::Overflow);
        };
        acc = summed;
    }
    Ok(acc)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_of: HashMap<u64, String>,
    id_of: HashMap<String, u64>,
    url_count: u64, // URL_OF.0
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let found_id = self.id_of.get(url).copied();
        let the_id = match found_id {
            Some(id) => id,
            None => {
                let id = self.url_count;
                self.url_count += 1;
                self.url_of.insert(id, url.to_string());
                self.id_of.insert(url.to_string(), id);
                id
            }
        };
        encode(the_id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let the_id = decode(code).ok()?;
        self.url_of.get(&the_id).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.url_count as usize
    }

    pub fn is_empty(&self) -> bool {
        self.url_count == 0
    }
}
