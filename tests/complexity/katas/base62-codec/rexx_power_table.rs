// learner: optimal
// idiom: REXX: most-significant digit first by finding the top power of 62 (like a D2X by hand), decode via a 128-slot translate table
// why: encode <= 11 steps per call, decode one table lookup + checked Horner step per char, shortener is HashMap + Vec

/* REXX-style: TRANSLATE table built once, then PARSE the code one char at a time */

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

const NOT_A_DIGIT: u8 = 255;

/* XLATE_TABLE.c = digit value, or 255 */
const XLATE_TABLE: [u8; 128] = {
    let mut table = [NOT_A_DIGIT; 128];
    let mut pos = 0;
    while pos < 62 {
        table[ALPHABET[pos] as usize] = pos as u8;
        pos += 1;
    }
    table
};

pub fn encode(id: u64) -> String {
    // find the biggest power of 62 that is <= id (at most 10 multiplications)
    let mut top_power: u64 = 1;
    loop {
        match top_power.checked_mul(62) {
            Some(next_power) if next_power <= id => top_power = next_power,
            _ => break,
        }
    }
    let mut out_string = String::new();
    let mut rest = id;
    loop {
        let digit = rest / top_power;
        rest %= top_power;
        out_string.push(ALPHABET[digit as usize] as char);
        if top_power == 1 {
            break;
        }
        top_power /= 62;
    }
    out_string
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut char_iter = code.chars();
    let mut char_idx: usize = 0;
    let mut total_value: u64 = 0;
    let mut seen_any = false;
    loop {
        let ch = match char_iter.next() {
            Some(c) => c,
            None => break,
        };
        let code_point = ch as u32;
        let digit = if code_point < 128 { XLATE_TABLE[code_point as usize] } else { NOT_A_DIGIT };
        if digit == NOT_A_DIGIT {
            return Err(DecodeError::InvalidChar { ch, index: char_idx });
        }
        if char_idx == 1 && total_value == 0 {
            // first char was '0' and there is more: not canonical
            return Err(DecodeError::LeadingZero);
        }
        total_value = total_value
            .checked_mul(62)
            .and_then(|v| v.checked_add(digit as u64))
            .ok_or(DecodeError::Overflow)?;
        seen_any = true;
        char_idx += 1;
    }
    if !seen_any {
        return Err(DecodeError::Empty);
    }
    Ok(total_value)
}

#[derive(Debug, Default)]
pub struct Shortener {
    url_list: Vec<String>,
    url_index: HashMap<String, usize>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next_slot = self.url_list.len();
        let the_slot = match self.url_index.get(url) {
            Some(&slot) => slot,
            None => {
                self.url_index.insert(url.to_owned(), next_slot);
                self.url_list.push(url.to_owned());
                next_slot
            }
        };
        encode(the_slot as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(the_id) => {
                let slot = usize::try_from(the_id).ok()?;
                self.url_list.get(slot).map(|u| u.as_str())
            }
            Err(_) => None,
        }
    }

    pub fn len(&self) -> usize {
        self.url_list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
