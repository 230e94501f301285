// learner: slow
// idiom: Lisp Machine nostalgic: the shortener is an association list of (url . id) pairs searched with an assoc-style find
// why: Shortener::shorten is O(n) per call (linear scan of the alist for the URL) vs the O(1) expected target, so n shortens are O(n^2)
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.
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

fn digit_value(c: char) -> Option<u64> {
    match c {
        '0'..='9' => Some(c as u64 - '0' as u64),
        'a'..='z' => Some(c as u64 - 'a' as u64 + 10),
        'A'..='Z' => Some(c as u64 - 'A' as u64 + 36),
        _ => None,
    }
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    fn go(n: u64, acc: Vec<char>) -> Vec<char> {
        let mut acc = acc;
        acc.push(ALPHABET[(n % 62) as usize] as char);
        if n < 62 { acc } else { go(n / 62, acc) }
    }
    go(id, Vec::new()).into_iter().rev().collect()
}

/// Parses a code produced by [`encode`].
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    if code.is_empty() {
        return Err(DecodeError::Empty);
    }
    code.chars().enumerate().try_fold(0u64, |acc, (index, ch)| {
        if index == 1 && code.starts_with('0') {
            return Err(DecodeError::LeadingZero);
        }
        let d = digit_value(ch).ok_or(DecodeError::InvalidChar { ch, index })?;
        acc.checked_mul(62).and_then(|a| a.checked_add(d)).ok_or(DecodeError::Overflow)
    })
}

/// Hands out short codes for URLs.
#[derive(Debug, Default)]
pub struct Shortener {
    alist: Vec<(String, u64)>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        // (or (cdr (assoc url alist)) (push (cons url next) alist))
        let id = match self.alist.iter().find(|(u, _)| u == url) {
            Some(&(_, id)) => id,
            None => {
                let id = self.alist.len() as u64;
                self.alist.push((url.to_string(), id));
                id
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        let id = decode(code).ok()?;
        self.alist.get(usize::try_from(id).ok()?).map(|(u, _)| u.as_str())
    }

    pub fn len(&self) -> usize {
        self.alist.len()
    }

    pub fn is_empty(&self) -> bool {
        self.alist.is_empty()
    }
}
