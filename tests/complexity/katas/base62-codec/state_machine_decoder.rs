// learner: optimal
// idiom: enum state machine for the decoder, recursive encode, Rc<str> shared between both maps, impl Default by hand
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

/// The digits, in value order.
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

/// Appends the digits of `id` to `out`, most significant first.
fn push_digits(id: u64, out: &mut String) {
    if id >= 62 {
        push_digits(id / 62, out);
    }
    out.push(ALPHABET[(id % 62) as usize] as char);
}

/// The shortest base62 representation of `id` (`0` is `"0"`).
pub fn encode(id: u64) -> String {
    let mut out = String::with_capacity(11);
    push_digits(id, &mut out);
    out
}

/// Where the decoder is in the code.
enum DecoderState {
    /// Nothing read yet.
    Start,
    /// The code so far is exactly "0"; anything after it is non-canonical.
    SawLoneZero,
    /// Accumulating a value that started with a non-zero digit.
    Accumulating(u64),
}

/// The value of one alphabet character.
fn digit_value(ch: char) -> Option<u64> {
    let v = match ch {
        '0'..='9' => ch as u32 - '0' as u32,
        'a'..='z' => ch as u32 - 'a' as u32 + 10,
        'A'..='Z' => ch as u32 - 'A' as u32 + 36,
        _ => return None,
    };
    Some(v as u64)
}

/// Parses a code produced by [`encode`], reporting errors left to right.
pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut state = DecoderState::Start;
    for (index, ch) in code.chars().enumerate() {
        let digit = match digit_value(ch) {
            Some(d) => d,
            None => return Err(DecodeError::InvalidChar { ch, index }),
        };
        state = match state {
            DecoderState::Start if digit == 0 => DecoderState::SawLoneZero,
            DecoderState::Start => DecoderState::Accumulating(digit),
            DecoderState::SawLoneZero => return Err(DecodeError::LeadingZero),
            DecoderState::Accumulating(acc) => match acc.checked_mul(62).and_then(|x| x.checked_add(digit)) {
                Some(next) => DecoderState::Accumulating(next),
                None => return Err(DecodeError::Overflow),
            },
        };
    }
    match state {
        DecoderState::Start => Err(DecodeError::Empty),
        DecoderState::SawLoneZero => Ok(0),
        DecoderState::Accumulating(v) => Ok(v),
    }
}

/// Hands out short codes for URLs.
#[derive(Debug)]
pub struct Shortener {
    urls: Vec<Rc<str>>,
    ids: HashMap<Rc<str>, u64>,
}

impl Default for Shortener {
    fn default() -> Self {
        Shortener { urls: Vec::new(), ids: HashMap::new() }
    }
}

impl Shortener {
    /// An empty shortener.
    pub fn new() -> Self {
        Self::default()
    }

    /// The code for `url`: its existing code, or the code of the next id.
    pub fn shorten(&mut self, url: &str) -> String {
        if let Some(id) = self.ids.get(url) {
            return encode(*id);
        }
        let id = self.urls.len() as u64;
        let shared: Rc<str> = Rc::from(url);
        self.urls.push(Rc::clone(&shared));
        self.ids.insert(shared, id);
        encode(id)
    }

    /// The URL behind `code`, or `None` for an invalid or unknown code.
    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if (id as usize) < self.urls.len() => Some(&self.urls[id as usize]),
            _ => None,
        }
    }

    /// How many distinct URLs have been shortened.
    pub fn len(&self) -> usize {
        self.urls.len()
    }

    /// Whether nothing has been shortened yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
