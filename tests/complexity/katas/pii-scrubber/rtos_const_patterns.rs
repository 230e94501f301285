// learner: optimal
// idiom: embedded-style: const-generic fixed-shape matcher over [u8; N] pattern tables, e-mail as an explicit state machine, digits copied into a stack array for Luhn
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const D: u8 = 0; // placeholder for "any ASCII digit" in a pattern

const SSN_SHAPE: [u8; 11] = [D, D, D, b'-', D, D, b'-', D, D, D, D];
const PHONE_DASH: [u8; 12] = [D, D, D, b'-', D, D, D, b'-', D, D, D, D];
const PHONE_DOT: [u8; 12] = [D, D, D, b'.', D, D, D, b'.', D, D, D, D];
const PHONE_SPACE: [u8; 12] = [D, D, D, b' ', D, D, D, b' ', D, D, D, D];
const PHONE_PAREN: [u8; 14] = [b'(', D, D, D, b')', b' ', D, D, D, b'-', D, D, D, D];
const CARD_SPACE: [u8; 19] = [D, D, D, D, b' ', D, D, D, D, b' ', D, D, D, D, b' ', D, D, D, D];
const CARD_DASH: [u8; 19] = [D, D, D, D, b'-', D, D, D, D, b'-', D, D, D, D, b'-', D, D, D, D];
const MAX_CARD: usize = 19;

fn luhn_bytes(b: &[u8]) -> bool {
    if b.is_empty() {
        return false;
    }
    let mut sum: u32 = 0;
    let mut k = b.len();
    let mut odd = false;
    while k > 0 {
        k -= 1;
        let c = b[k];
        if !c.is_ascii_digit() {
            return false;
        }
        let v = (c - b'0') as u32;
        sum += match (odd, v) {
            (false, _) => v,
            (true, 0..=4) => v * 2,
            (true, _) => v * 2 - 9,
        };
        odd = !odd;
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    luhn_bytes(digits.as_bytes())
}

#[inline]
fn glued(b: &[u8], at: usize) -> bool {
    at < b.len() && b[at].is_ascii_alphanumeric()
}

fn fits<const N: usize>(b: &[u8], at: usize, pat: &[u8; N]) -> bool {
    if at + N > b.len() {
        return false;
    }
    let mut k = 0;
    while k < N {
        let c = b[at + k];
        let ok = if pat[k] == D { c.is_ascii_digit() } else { c == pat[k] };
        if !ok {
            return false;
        }
        k += 1;
    }
    true
}

/// Fixed shape at `at` with both boundaries clear; returns the end.
fn bounded<const N: usize>(b: &[u8], at: usize, pat: &[u8; N]) -> Option<usize> {
    if fits(b, at, pat) && !glued(b, at + N) { Some(at + N) } else { None }
}

#[derive(Clone, Copy)]
enum Mail {
    Local,
    Domain,
}

/// Returns Ok(end) for a match, Err(watermark) otherwise: no e-mail starts before the watermark.
fn email(b: &[u8], at: usize) -> Result<usize, usize> {
    let mut state = Mail::Local;
    let mut k = at;
    let mut at_sign = 0;
    loop {
        let c = if k < b.len() { b[k] } else { 0 };
        match state {
            Mail::Local => {
                if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-') {
                    k += 1;
                } else if c == b'@' && k > at {
                    at_sign = k;
                    k += 1;
                    state = Mail::Domain;
                } else {
                    return Err(k.max(at + 1));
                }
            }
            Mail::Domain => {
                if c.is_ascii_alphanumeric() || c == b'.' || c == b'-' {
                    k += 1;
                } else {
                    break;
                }
            }
        }
    }
    let fail = at_sign; // every start in at..at_sign fails the same way
    let first = at_sign + 1;
    let mut end = k;
    while end > first && b[end - 1] == b'.' {
        end -= 1;
    }
    if end == first || !b[first].is_ascii_alphanumeric() {
        return Err(fail);
    }
    let mut label = 0usize;
    let mut dot = false;
    let mut q = end;
    while q > first {
        q -= 1;
        if b[q] == b'.' {
            dot = true;
            break;
        }
        if !b[q].is_ascii_alphabetic() {
            return Err(fail);
        }
        label += 1;
    }
    if dot && label >= 2 { Ok(end) } else { Err(fail) }
}

fn phone(b: &[u8], at: usize) -> Option<usize> {
    let body = if fits(b, at, b"+1 ") || fits(b, at, b"+1-") { at + 3 } else { at };
    bounded(b, body, &PHONE_DASH)
        .or_else(|| bounded(b, body, &PHONE_DOT))
        .or_else(|| bounded(b, body, &PHONE_SPACE))
        .or_else(|| bounded(b, body, &PHONE_PAREN))
}

fn card(b: &[u8], at: usize) -> Option<usize> {
    let mut run = 0;
    while run <= MAX_CARD && at + run < b.len() && b[at + run].is_ascii_digit() {
        run += 1;
    }
    if (13..=MAX_CARD).contains(&run) && !glued(b, at + run) {
        return if luhn_bytes(&b[at..at + run]) { Some(at + run) } else { None };
    }
    let end = bounded(b, at, &CARD_SPACE).or_else(|| bounded(b, at, &CARD_DASH))?;
    let mut digits = [0u8; 16];
    let mut n = 0;
    let mut k = at;
    while k < end {
        if b[k].is_ascii_digit() {
            digits[n] = b[k];
            n += 1;
        }
        k += 1;
    }
    if luhn_bytes(&digits) { Some(end) } else { None }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    let mut at = 0;
    let mut mail_floor = 0;
    while at < b.len() {
        let mut hit: Option<(usize, &str)> = None;
        if at >= mail_floor {
            match email(b, at) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(w) => mail_floor = w,
            }
        }
        if hit.is_none() && (at == 0 || !b[at - 1].is_ascii_alphanumeric()) {
            hit = bounded(b, at, &SSN_SHAPE)
                .map(|e| (e, SSN))
                .or_else(|| phone(b, at).map(|e| (e, PHONE)))
                .or_else(|| card(b, at).map(|e| (e, CARD)));
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..at]);
                out.push_str(tag);
                at = end;
                copied = end;
            }
            None => at += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
