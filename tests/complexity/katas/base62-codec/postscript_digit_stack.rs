// learner: optimal
// idiom: PostScript: encode pushes remainders onto an operand stack and pops them back off (most significant comes out first); decode looks digits up in a fixed 128-entry table; the shortener shares one Rc<str> between its two dictionaries
// why: encode O(digits), decode O(k), shorten/expand O(1) expected
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// Why a string is not a valid code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The string is empty.
    Empty,
    /// `ch` at char index `index` is not a base62 digit.
    InvalidChar { ch: char, index: usize },
    /// A code longer than one digit starts with `'0'`; codes are canonical.
    LeadingZero,
    /// The value does not fit in a `u64`.
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

use std::collections::HashMap;
use std::rc::Rc;

const NOT_A_DIGIT: u8 = 255;

/// ASCII code -> digit value, or NOT_A_DIGIT. Built once per call: 128 steps, a constant.
fn digit_table() -> [u8; 128] {
    let mut table = [NOT_A_DIGIT; 128];
    let mut i = 0;
    while i < 62 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut stack: Vec<u8> = Vec::with_capacity(11);
    let mut n = id;
    // push digits, least significant first
    loop {
        stack.push(ALPHABET[(n % 62) as usize]);
        n /= 62;
        if n == 0 {
            break;
        }
    }
    // pop them: most significant first
    let mut out = String::with_capacity(stack.len());
    while let Some(b) = stack.pop() {
        out.push(b as char);
    }
    out
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let table = digit_table();
    let mut value: u64 = 0;
    let mut count = 0usize;
    let mut first_is_zero = false;
    for ch in code.chars() {
        let code_point = ch as u32;
        let d = if code_point < 128 { table[code_point as usize] } else { NOT_A_DIGIT };
        if d == NOT_A_DIGIT {
            return Err(DecodeError::InvalidChar { ch, index: count });
        }
        if count == 0 {
            first_is_zero = d == 0;
        } else if first_is_zero {
            return Err(DecodeError::LeadingZero);
        }
        value = value.checked_mul(62).ok_or(DecodeError::Overflow)?;
        value = value.checked_add(d as u64).ok_or(DecodeError::Overflow)?;
        count += 1;
    }
    if count == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(value)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    urls: Vec<Rc<str>>,
    ids: HashMap<Rc<str>, u64>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.ids.get(url) {
            Some(&known) => known,
            None => {
                let fresh = self.urls.len() as u64;
                let shared: Rc<str> = Rc::from(url);
                self.urls.push(Rc::clone(&shared));
                self.ids.insert(shared, fresh);
                fresh
            }
        };
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) => self.urls.get(usize::try_from(id).ok()?).map(|u| &**u),
            Err(_) => None,
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.urls.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.urls.len() == 0
    }
}
