// learner: optimal
// idiom: performance engineer, 256-entry bit-packed byte-class table, Vec<u8> output with reserved capacity, fixed-size digit buffer for Luhn, skip marker for failed e-mail runs
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const DIGIT: u8 = 1;
const ALPHA: u8 = 2;
const LOCAL: u8 = 4;
const DOMAIN: u8 = 8;

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        let mut k = 0u8;
        if c.is_ascii_digit() {
            k |= DIGIT | LOCAL | DOMAIN;
        }
        if c.is_ascii_alphabetic() {
            k |= ALPHA | LOCAL | DOMAIN;
        }
        if c == b'.' || c == b'-' {
            k |= LOCAL | DOMAIN;
        }
        if c == b'_' || c == b'%' || c == b'+' {
            k |= LOCAL;
        }
        t[b] = k;
        b += 1;
    }
    t
};

#[inline(always)]
fn has(b: u8, k: u8) -> bool {
    CLASS[b as usize] & k != 0
}

#[inline(always)]
fn alnum(b: u8) -> bool {
    has(b, DIGIT | ALPHA)
}

/// Luhn over an iterator of digit values, rightmost first.
#[inline]
fn luhn_rev(digits: impl Iterator<Item = u8>) -> bool {
    let mut sum = 0u32;
    let mut odd = false;
    for d in digits {
        let v = if odd { [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d as usize] } else { d } as u32;
        sum += v;
        odd = !odd;
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn_rev(b.iter().rev().map(|c| c - b'0'))
}

/// `pattern`: b'9' = digit, anything else literal. Bounded by pattern length.
#[inline]
fn shape(s: &[u8], at: usize, pattern: &[u8]) -> bool {
    match s.get(at..at + pattern.len()) {
        None => false,
        Some(w) => w
            .iter()
            .zip(pattern)
            .all(|(&c, &p)| if p == b'9' { has(c, DIGIT) } else { c == p }),
    }
}

#[inline]
fn right_ok(s: &[u8], end: usize) -> bool {
    end >= s.len() || !alnum(s[end])
}

/// Ok(len) or Err(end of local run).
fn email(s: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < s.len() && has(s[j], LOCAL) {
        j += 1;
    }
    if j == i || s.get(j) != Some(&b'@') {
        return Err(j);
    }
    let d0 = j + 1;
    let mut e = d0;
    let mut last_dot = usize::MAX;
    while e < s.len() && has(s[e], DOMAIN) {
        if s[e] == b'.' {
            last_dot = e;
        }
        e += 1;
    }
    while e > d0 && s[e - 1] == b'.' {
        e -= 1;
    }
    if e == d0 || !alnum(s[d0]) {
        return Err(j);
    }
    // recompute the last dot inside the trimmed domain (only trailing dots were dropped)
    if last_dot >= e {
        last_dot = match s[d0..e].iter().rposition(|&c| c == b'.') {
            Some(p) => d0 + p,
            None => return Err(j),
        };
    }
    let label = &s[last_dot + 1..e];
    if label.len() >= 2 && label.iter().all(|&c| has(c, ALPHA)) {
        Ok(e - i)
    } else {
        Err(j)
    }
}

fn fixed_shapes(s: &[u8], i: usize) -> Option<(&'static str, usize)> {
    if i > 0 && alnum(s[i - 1]) {
        return None;
    }
    let c = s[i];
    if !(has(c, DIGIT) || c == b'+' || c == b'(') {
        return None;
    }
    if shape(s, i, b"999-99-9999") && right_ok(s, i + 11) {
        return Some((SSN, 11));
    }
    let p = if shape(s, i, b"+1 ") || shape(s, i, b"+1-") { 3 } else { 0 };
    for pat in [&b"999-999-9999"[..], b"999.999.9999", b"999 999 9999", b"(999) 999-9999"] {
        if shape(s, i + p, pat) && right_ok(s, i + p + pat.len()) {
            return Some((PHONE, p + pat.len()));
        }
    }
    if !has(c, DIGIT) {
        return None;
    }
    for pat in [&b"9999 9999 9999 9999"[..], b"9999-9999-9999-9999"] {
        if shape(s, i, pat) && right_ok(s, i + 19) {
            let ok = luhn_rev(s[i..i + 19].iter().rev().filter(|c| has(**c, DIGIT)).map(|c| c - b'0'));
            return ok.then_some((CARD, 19));
        }
    }
    let mut n = 0;
    while n < 20 && i + n < s.len() && has(s[i + n], DIGIT) {
        n += 1;
    }
    if (13..=19).contains(&n) && right_ok(s, i + n) && luhn_rev(s[i..i + n].iter().rev().map(|c| c - b'0')) {
        return Some((CARD, n));
    }
    None
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut i = 0usize;
    let mut mark = 0usize;
    let mut email_from = 0usize;
    while i < s.len() {
        let mut hit = None;
        if i >= email_from {
            match email(s, i) {
                Ok(n) => hit = Some((EMAIL, n)),
                Err(j) => email_from = j,
            }
        }
        if hit.is_none() {
            hit = fixed_shapes(s, i);
        }
        if let Some((tag, n)) = hit {
            out.extend_from_slice(&s[mark..i]);
            out.extend_from_slice(tag.as_bytes());
            i += n;
            mark = i;
        } else {
            i += 1;
        }
    }
    out.extend_from_slice(&s[mark..]);
    String::from_utf8(out).expect("only ASCII spans were replaced")
}
