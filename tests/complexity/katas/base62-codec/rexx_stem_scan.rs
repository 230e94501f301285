// learner: slow
// idiom: REXX: one stem URL.1..URL.n searched with a DO i = 1 TO URL.0 loop, like a classic exec that keeps everything in one list
// why: shorten compares the URL against every stored URL before adding it: O(n) per call, O(n^2) for n URLs

/* REXX-style: Base62 short codes. Digit table is ALPHABET, value = position. */

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
    url_stem: Vec<String>, // URL.1 .. URL.n, URL.0 is len()
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        // DO i = 1 TO URL.0 ; IF URL.i == url THEN LEAVE ; END
        let mut idx = 0usize;
        loop {
            if idx >= self.url_stem.len() {
                break;
            }
            if self.url_stem[idx] == url {
                return encode(idx as u64);
            }
            idx += 1;
        }
        self.url_stem.push(url.to_string());
        encode(idx as u64)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let the_id = decode(code).ok()?;
        if the_id >= self.url_stem.len() as u64 {
            return None;
        }
        Some(&self.url_stem[the_id as usize])
    }

    pub fn len(&self) -> usize {
        self.url_stem.len()
    }

    pub fn is_empty(&self) -> bool {
        self.url_stem.is_empty()
    }
}
