// learner: optimal
// idiom: hardware-style: fixed [u8; 11] output register filled from the LSB end with a write pointer, byte-level decode via a 256-entry ROM lookup table, u128 accumulator overflow check
//! Base62 short codes for numeric ids, and a tiny URL shortener on top.

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

use std::collections::HashMap;

const INVALID: u8 = 0xFF;

const fn build_rom() -> [u8; 256] {
    let mut rom = [INVALID; 256];
    let mut i = 0;
    while i < 62 {
        rom[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    rom
}

static ROM: [u8; 256] = build_rom();

pub fn encode(id: u64) -> String {
    let mut reg = [0u8; 11];
    let mut wp = reg.len();
    let mut acc = id;
    loop {
        wp -= 1;
        reg[wp] = ALPHABET[(acc % 62) as usize];
        acc /= 62;
        if acc == 0 {
            break;
        }
    }
    reg[wp..].iter().map(|&b| b as char).collect()
}

pub fn decode(code: &str) -> Result<u64, DecodeError> {
    let mut acc: u128 = 0;
    let mut idx: usize = 0;
    let mut lead_zero = false;
    for ch in code.chars() {
        let d = if (ch as u32) < 256 { ROM[ch as usize] } else { INVALID };
        if d == INVALID {
            return Err(DecodeError::InvalidChar { ch, index: idx });
        }
        if idx == 0 {
            lead_zero = d == 0;
        } else if lead_zero {
            return Err(DecodeError::LeadingZero);
        }
        acc = acc * 62 + d as u128;
        if acc > u64::MAX as u128 {
            return Err(DecodeError::Overflow);
        }
        idx += 1;
    }
    if idx == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(acc as u64)
}

#[derive(Debug, Default)]
pub struct Shortener {
    mem: Vec<String>,
    cam: HashMap<String, u64>,
}

impl Shortener {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn shorten(&mut self, url: &str) -> String {
        let next = self.mem.len() as u64;
        let id = match self.cam.get(url) {
            Some(&hit) => hit,
            None => {
                self.cam.insert(url.to_owned(), next);
                self.mem.push(url.to_owned());
                next
            }
        };
        encode(id)
    }

    pub fn expand(&self, code: &str) -> Option<&str> {
        match decode(code) {
            Ok(id) if (id as u128) < self.mem.len() as u128 => Some(self.mem[id as usize].as_str()),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.mem.len()
    }

    pub fn is_empty(&self) -> bool {
        self.mem.len() == 0
    }
}
