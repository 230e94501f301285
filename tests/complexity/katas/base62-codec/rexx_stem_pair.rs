// learner: optimal
// idiom: REXX: two "stems" (URL_BY_ID. and ID_BY_URL.) as Vec + HashMap, encode/decode as loop-until-done with a digit work area
// why: encode one step per digit, decode Horner left to right with checked math, shorten/expand O(1) expected

/* REXX-style: Base62 short codes. Digit table is ALPHABET, value = position. */

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

/* DIGIT_VALUE: like TRANSLATE/POS on the alphabet, but with ranges instead of a search */
fn digit_value(ch: char) -> Option<u64> {
    match ch {
        '0'..='9' => Some(ch as u64 - '0' as u64),
        'a'..='z' => Some(ch as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(ch as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

pub fn encode(id: u64) -> String {
    // work area: 11 slots is enough for u64::MAX, filled from the right end
    let mut work_area = [0u8; 11];
    let mut slot = work_area.len();
    let mut rest = id;
    loop {
        slot -= 1;
        work_area[slot] = ALPHABET[(rest % 62) as usize];
        rest /= 62;
        if rest == 0 {
            break;
        }
    }
    let mut out_string = String::with_capacity(work_area.len() - slot);
    let mut idx = slot;
    loop {
        if idx >= work_area.len() {
            break;
        }
        out_string.push(work_area[idx] as char);
        idx += 1;
    }
    out_string
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut total_value: u64 = 0;
    let mut char_count: usize = 0;
    let mut first_was_zero = false;
    for (char_idx, ch) in code.chars().enumerate() {
        let digit = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index: char_idx }),
        };
        if char_idx == 0 && digit == 0 {
            first_was_zero = true;
        }
        if char_idx == 1 && first_was_zero {
            return Err(DecodeError::LeadingZero);
        }
        total_value = match total_value.checked_mul(62).and_then(|v| v.checked_add(digit)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
        char_count += 1;
    }
    let _ = char_count;
    Ok(total_value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_by_id: Vec<String>,          // URL_BY_ID.n
    id_by_url: HashMap<String, u64>, // ID_BY_URL.url
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&old_id) = self.id_by_url.get(url) {
            return encode(old_id);
        }
        let new_id = self.url_by_id.len() as u64;
        self.url_by_id.push(url.to_string());
        self.id_by_url.insert(url.to_string(), new_id);
        encode(new_id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let the_id = decode(code).ok()?;
        if the_id >= self.url_by_id.len() as u64 {
            return None;
        }
        Some(self.url_by_id[the_id as usize].as_str())
    }

    pub fn len(&self) -> usize {
        self.url_by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.url_by_id.is_empty()
    }
}
