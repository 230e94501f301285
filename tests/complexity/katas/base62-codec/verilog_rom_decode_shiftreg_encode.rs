// learner: optimal
// idiom: verilog: encode into an 11-byte shift register filled from the LSB end; decode through a 128-entry ROM with checked Horner
// why: one div/mod per digit (<= 11) and one ROM lookup + checked mul/add per char; shortener keeps Vec id->url and HashMap url->id for O(1) both ways
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

const BAD: u8 = 0xFF;

/// Decode ROM: ASCII code -> digit value, 0xFF for "not a digit".
const ROM: [u8; 128] = build_rom();

const fn build_rom() -> [u8; 128] {
    let mut rom = [BAD; 128];
    let mut i = 0;
    while i < 62 {
        rom[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    rom
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    // u64::MAX needs 11 base62 digits
    let mut sreg = [0u8; 11];
    let mut wp = 11usize;
    let mut acc = id;
    loop {
        wp -= 1;
        sreg[wp] = ALPHABET[(acc % 62) as usize];
        acc /= 62;
        if acc == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(11 - wp);
    for &b in &sreg[wp..] {
        out.push(b as char);
    }
    out
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut acc: u64 = 0;
    for (idx, ch) in code.chars().enumerate() {
        let c = ch as u32;
        let d = if c < 128 { ROM[c as usize] } else { BAD };
        if d == BAD {
            return Err(DecodeError::InvalidChar { ch, index: idx });
        }
        if idx == 1 && acc == 0 {
            // first digit was '0' and there is more
            return Err(DecodeError::LeadingZero);
        }
        acc = match acc.checked_mul(62).and_then(|x| x.checked_add(d as u64)) {
            Some(v) => v,
            None => return Err(DecodeError::Overflow),
        };
    }
    Ok(acc)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    by_id: Vec<String>,
    by_url: HashMap<String, u64>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(&id) = self.by_url.get(url) {
            return encode(id);
        }
        let id = self.by_id.len() as u64;
        self.by_id.push(url.to_string());
        self.by_url.insert(url.to_string(), id);
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        if id >= self.by_id.len() as u64 {
            return None;
        }
        Some(self.by_id[id as usize].as_str())
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}
