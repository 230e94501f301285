// learner: slow
// idiom: verilog: URL memory as a Vec scanned by an explicit index loop, like a CAM emulated with a for loop over every word
// why: misses Shortener::shorten O(1): the compare loop visits all n stored URLs on every new URL, O(n) per call, O(n^2) for n URLs
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

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut digits: Vec<u8> = Vec::new();
    let mut x = id;
    loop {
        digits.push(ALPHABET[(x % 62) as usize]);
        x /= 62;
        if x == 0 {
            break;
        }
    }
    let mut s = String::new();
    let mut i = digits.len();
    while i > 0 {
        i -= 1;
        s.push(digits[i] as char);
    }
    s
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut val: u64 = 0;
    let mut idx = 0usize;
    for ch in code.chars() {
        let d: u64 = match ch {
            '0'..='9' => (ch as u64) - 48,
            'a'..='z' => (ch as u64) - 97 + 10,
            'A'..='Z' => (ch as u64) - 65 + 36,
            _ => return Err(DecodeError::InvalidChar { ch, index: idx }),
        };
        if idx == 1 && code.as_bytes()[0] == b'0' {
            return Err(DecodeError::LeadingZero);
        }
        val = val.checked_mul(62).ok_or(DecodeError::Overflow)?;
        val = val.checked_add(d).ok_or(DecodeError::Overflow)?;
        idx += 1;
    }
    Ok(val)
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    mem: Vec<String>,
    wr_ptr: u64,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        // "CAM" lookup: compare against every stored word
        let mut hit: Option<u64> = None;
        let mut addr = 0usize;
        while addr < self.mem.len() {
            if self.mem[addr] == url {
                hit = Some(addr as u64);
                break;
            }
            addr += 1;
        }
        match hit {
            Some(a) => encode(a),
            None => {
                let a = self.wr_ptr;
                self.mem.push(url.to_string());
                self.wr_ptr += 1;
                encode(a)
            }
        }
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let a = decode(code).ok()?;
        if a < self.wr_ptr {
            Some(self.mem[a as usize].as_str())
        } else {
            None
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.wr_ptr as usize
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.wr_ptr == 0
    }
}
