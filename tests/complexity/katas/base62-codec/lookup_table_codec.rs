// learner: optimal
// idiom: SQL stored-procedure developer: a reverse "lookup table" built once as a const, and two indexes (url -> id, id -> url) like a table with a unique key
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
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

const INVALID: u8 = 0xFF;

/// Reverse lookup table: byte -> digit value, INVALID for non-digits.
const DIGIT_OF: [u8; 128] = {
    let mut table = [INVALID; 128];
    let mut i = 0;
    while i < 62 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut v_digits: Vec<u8> = Vec::with_capacity(11);
    let mut v_rest = id;
    loop {
        v_digits.push(ALPHABET[(v_rest % 62) as usize]);
        v_rest /= 62;
        if v_rest == 0 {
            break;
        }
    }
    v_digits.reverse();
    String::from_utf8(v_digits).expect("alphabet is ASCII")
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut v_total: u64 = 0;
    let mut v_first_is_zero = false;
    for (v_index, v_ch) in code.chars().enumerate() {
        if v_index == 1 && v_first_is_zero {
            return Err(DecodeError::LeadingZero);
        }
        let v_digit = if (v_ch as u32) < 128 { DIGIT_OF[v_ch as usize] } else { INVALID };
        if v_digit == INVALID {
            return Err(DecodeError::InvalidChar { ch: v_ch, index: v_index });
        }
        if v_index == 0 && v_digit == 0 {
            v_first_is_zero = true;
        }
        v_total = v_total
            .checked_mul(62)
            .and_then(|t| t.checked_add(v_digit as u64))
            .ok_or(DecodeError::Overflow)?;
    }
    Ok(v_total)
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    /// id -> url (the id is the row number)
    urls_by_id: Vec<String>,
    /// url -> id (unique index)
    id_by_url: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&v_id) = self.id_by_url.get(url) {
            return encode(v_id);
        }
        let v_new_id = self.urls_by_id.len() as u64;
        self.urls_by_id.push(url.to_string());
        self.id_by_url.insert(url.to_string(), v_new_id);
        encode(v_new_id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let v_id = decode(code).ok()?;
        let v_idx = usize::try_from(v_id).ok()?;
        self.urls_by_id.get(v_idx).map(|s| s.as_str())
    }

    pub fn len(&self) -> usize {
        self.urls_by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.urls_by_id.is_empty()
    }
}
