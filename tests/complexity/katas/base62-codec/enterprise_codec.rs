// learner: optimal
// idiom: enterprise: newtype Digit, const reverse lookup table, Radix trait with one impl, registry struct with private helpers
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

use std::collections::HashMap;
use std::fmt;

/// The digits, in value order: `'0'` is 0, `'a'` is 10, `'A'` is 36, `'Z'` is 61.
pub const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The numeric base of the codec.
const BASE: u64 = 62;

/// Marker for "this byte is not a digit" in [`REVERSE_TABLE`].
const NOT_A_DIGIT: u8 = u8::MAX;

/// Maps an ASCII byte to its digit value, or [`NOT_A_DIGIT`].
const REVERSE_TABLE: [u8; 128] = build_reverse_table();

const fn build_reverse_table() -> [u8; 128] {
    let mut table = [NOT_A_DIGIT; 128];
    let mut i = 0;
    while i < ALPHABET.len() {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
}

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

/// A single base62 digit value in `0..62`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Digit(u8);

impl Digit {
    /// Parses one character into a digit, if it belongs to the alphabet.
    fn from_char(ch: char) -> Option<Self> {
        if !ch.is_ascii() {
            return None;
        }
        match REVERSE_TABLE[ch as usize] {
            NOT_A_DIGIT => None,
            value => Some(Digit(value)),
        }
    }

    /// The alphabet byte of this digit.
    fn to_byte(self) -> u8 {
        ALPHABET[self.0 as usize]
    }

    fn value(self) -> u64 {
        self.0 as u64
    }
}

/// A positional number system that can render and parse `u64`s.
trait Radix {
    fn render(&self, id: u64) -> String;
    fn parse(&self, code: &str) -> Result<u64, DecodeError>;
}

/// The one and only base62 number system.
#[derive(Debug, Default, Clone, Copy)]
struct Base62;

impl Base62 {
    /// Maximum number of digits of a `u64` in base 62.
    const MAX_DIGITS: usize = 11;

    fn split_lowest(id: u64) -> (u64, Digit) {
        (id / BASE, Digit((id % BASE) as u8))
    }

    fn accumulate(acc: u64, digit: Digit) -> Result<u64, DecodeError> {
        acc.checked_mul(BASE)
            .and_then(|shifted| shifted.checked_add(digit.value()))
            .ok_or(DecodeError::Overflow)
    }

    fn is_non_canonical(index: usize, digit: Digit, total_len: usize) -> bool {
        index == 0 && digit.0 == 0 && total_len > 1
    }
}

impl Radix for Base62 {
    fn render(&self, id: u64) -> String {
        let mut scratch = [0u8; Self::MAX_DIGITS];
        let mut cursor = Self::MAX_DIGITS;
        let mut rest = id;
        loop {
            let (higher, digit) = Self::split_lowest(rest);
            cursor -= 1;
            scratch[cursor] = digit.to_byte();
            rest = higher;
            if rest == 0 {
                break;
            }
        }
        String::from_utf8(scratch[cursor..].to_vec()).expect("alphabet is ASCII")
    }

    fn parse(&self, code: &str) -> Result<u64, DecodeError> {
        if code.is_empty() {
            return Err(DecodeError::Empty);
        }
        let total_len = code.len();
        let mut acc = 0u64;
        for (index, ch) in code.chars().enumerate() {
            let digit = Digit::from_char(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
            if Self::is_non_canonical(index, digit, total_len) {
                return Err(DecodeError::LeadingZero);
            }
            acc = Self::accumulate(acc, digit)?;
        }
        Ok(acc)
    }
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    Base62.render(id)
}

/// Parses a code produced by [`encode`]. Errors are checked from left to
/// right: the first invalid character is reported, and an overflow is
/// reported as soon as the value so far no longer fits.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    Base62.parse(code)
}

/// Sequential identifier handed out by the shortener.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
struct UrlId(u64);

impl UrlId {
    fn as_index(self) -> usize {
        self.0 as usize
    }
}

/// Hands out short codes for URLs: ids count up from 0, the code is the
/// base62 id, and shortening the same URL twice gives the same code.
#[derive(Debug, Default)]
pub struct Shortener {
    /// id -> URL.
    by_id: Vec<String>,
    /// URL -> id.
    by_url: HashMap<String, UrlId>,
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    fn next_id(&self) -> UrlId {
        UrlId(self.by_id.len() as u64)
    }

    fn existing(&self, url: &str) -> Option<UrlId> {
        self.by_url.get(url).copied()
    }

    fn register(&mut self, url: &str) -> UrlId {
        let id = self.next_id();
        self.by_id.push(url.to_owned());
        self.by_url.insert(url.to_owned(), id);
        id
    }

    fn lookup(&self, id: UrlId) -> Option<&str> {
        self.by_id.get(id.as_index()).map(String::as_str)
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        let id = match self.existing(url) {
            Some(id) => id,
            None => self.register(url),
        };
        encode(id.0)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        let raw = decode(code).ok()?;
        self.lookup(UrlId(raw))
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
