// learner: optimal
// idiom: verilog: 256-entry character-class ROM with one-hot flag bits, case dispatch on the first byte's class, digit-group reader, Luhn doubling ROM
// why: each attempt reads a bounded window (<= 20 bytes) except the e-mail local run, which a skip register makes one-shot: O(n) time, output-sized space; luhn keeps one sum and a parity bit
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

// one-hot character classes
const C_DIG: u8 = 1 << 0;
const C_ALPHA: u8 = 1 << 1;
const C_LOCAL: u8 = 1 << 2; // may appear in an e-mail local part
const C_DOM: u8 = 1 << 3; // may appear in an e-mail domain

const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        let mut f = 0u8;
        if b >= b'0' && b <= b'9' {
            f |= C_DIG | C_LOCAL | C_DOM;
        }
        if (b >= b'a' && b <= b'z') || (b >= b'A' && b <= b'Z') {
            f |= C_ALPHA | C_LOCAL | C_DOM;
        }
        if b == b'.' || b == b'-' {
            f |= C_LOCAL | C_DOM;
        }
        if b == b'_' || b == b'%' || b == b'+' {
            f |= C_LOCAL;
        }
        t[c] = f;
        c += 1;
    }
    t
};

/// Doubled-digit ROM for Luhn: 2d, minus 9 when over 9.
const DBL: [u32; 10] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

#[inline]
fn cls(b: u8) -> u8 {
    CLASS[b as usize]
}

#[inline]
fn is_word(s: &[u8], k: usize) -> bool {
    k < s.len() && cls(s[k]) & (C_DIG | C_ALPHA) != 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0u32;
    let mut parity = 0u8;
    let mut count = 0usize;
    for &b in digits.as_bytes().iter().rev() {
        if cls(b) & C_DIG == 0 {
            return false;
        }
        let d = (b - b'0') as usize;
        sum += if parity == 1 { DBL[d] } else { d as u32 };
        parity ^= 1;
        count += 1;
    }
    count > 0 && sum % 10 == 0
}

/// Reads exactly `k` digits at `p`; returns the position after them.
#[inline]
fn digits(s: &[u8], p: usize, k: usize) -> Option<usize> {
    if p + k > s.len() {
        return None;
    }
    for q in p..p + k {
        if cls(s[q]) & C_DIG == 0 {
            return None;
        }
    }
    Some(p + k)
}

#[inline]
fn lit(s: &[u8], p: usize, c: u8) -> Option<usize> {
    if p < s.len() && s[p] == c {
        Some(p + 1)
    } else {
        None
    }
}

/// ddd-dd-dddd
fn ssn(s: &[u8], i: usize) -> Option<usize> {
    let p = digits(s, i, 3)?;
    let p = lit(s, p, b'-')?;
    let p = digits(s, p, 2)?;
    let p = lit(s, p, b'-')?;
    let e = digits(s, p, 4)?;
    if is_word(s, e) {
        None
    } else {
        Some(e)
    }
}

/// The phone body after an optional prefix.
fn phone_body(s: &[u8], p: usize) -> Option<usize> {
    let e = if p < s.len() && s[p] == b'(' {
        let q = digits(s, p + 1, 3)?;
        let q = lit(s, q, b')')?;
        let q = lit(s, q, b' ')?;
        let q = digits(s, q, 3)?;
        let q = lit(s, q, b'-')?;
        digits(s, q, 4)?
    } else {
        let q = digits(s, p, 3)?;
        let sep = *s.get(q)?;
        if sep != b'-' && sep != b'.' && sep != b' ' {
            return None;
        }
        let q = digits(s, q + 1, 3)?;
        let q = lit(s, q, sep)?;
        digits(s, q, 4)?
    };
    if is_word(s, e) {
        None
    } else {
        Some(e)
    }
}

fn phone(s: &[u8], i: usize) -> Option<usize> {
    if s[i] == b'+' {
        // +1 followed by a space or dash, then the body
        let p = lit(s, i + 1, b'1')?;
        let sep = *s.get(p)?;
        if sep != b' ' && sep != b'-' {
            return None;
        }
        return phone_body(s, p + 1);
    }
    phone_body(s, i)
}

fn card(s: &[u8], i: usize) -> Option<usize> {
    let mut sum = 0u32;
    let mut e = i;
    // contiguous run, capped at 20 digits
    while e < s.len() && e - i < 20 && cls(s[e]) & C_DIG != 0 {
        e += 1;
    }
    let len = e - i;
    if (13..=19).contains(&len) && !is_word(s, e) {
        let mut par = 0u8;
        for k in (i..e).rev() {
            let d = (s[k] - b'0') as usize;
            sum += if par == 1 { DBL[d] } else { d as u32 };
            par ^= 1;
        }
        if sum % 10 == 0 {
            return Some(e);
        }
        return None;
    }
    if len != 4 {
        return None;
    }
    // grouped: 4 groups of 4 with one separator kind
    let sep = *s.get(e)?;
    if sep != b' ' && sep != b'-' {
        return None;
    }
    let mut p = e;
    for _ in 0..3 {
        p = lit(s, p, sep)?;
        p = digits(s, p, 4)?;
    }
    if is_word(s, p) {
        return None;
    }
    let mut par = 0u8;
    for k in (i..p).rev() {
        if s[k] == sep {
            continue;
        }
        let d = (s[k] - b'0') as usize;
        sum += if par == 1 { DBL[d] } else { d as u32 };
        par ^= 1;
    }
    if sum % 10 == 0 {
        Some(p)
    } else {
        None
    }
}

/// E-mail at i: Ok(end) or Err(end of the local-part run).
fn email(s: &[u8], i: usize) -> Result<usize, usize> {
    let n = s.len();
    let mut at = i;
    while at < n && cls(s[at]) & C_LOCAL != 0 {
        at += 1;
    }
    if at == i || at == n || s[at] != b'@' {
        return Err(at);
    }
    let ds = at + 1;
    let mut de = ds;
    let mut last_dot = usize::MAX;
    while de < n && cls(s[de]) & C_DOM != 0 {
        if s[de] == b'.' {
            last_dot = de;
        }
        de += 1;
    }
    while de > ds && s[de - 1] == b'.' {
        de -= 1;
    }
    if de == ds || cls(s[ds]) & (C_DIG | C_ALPHA) == 0 {
        return Err(at);
    }
    // the last dot inside the trimmed domain
    if last_dot >= de {
        last_dot = usize::MAX;
        let mut k = de;
        while k > ds {
            k -= 1;
            if s[k] == b'.' {
                last_dot = k;
                break;
            }
        }
    }
    if last_dot == usize::MAX || de - last_dot - 1 < 2 {
        return Err(at);
    }
    for k in last_dot + 1..de {
        if cls(s[k]) & C_ALPHA == 0 {
            return Err(at);
        }
    }
    Ok(de)
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let mut out = String::with_capacity(n);
    let mut keep_from = 0usize;
    let mut skip_email_until = 0usize;
    let mut i = 0usize;
    while i < n {
        let c = cls(s[i]);
        let mut found: Option<(usize, &'static str)> = None;
        if c & C_LOCAL != 0 && i >= skip_email_until {
            match email(s, i) {
                Ok(e) => found = Some((e, EMAIL)),
                Err(e) => skip_email_until = e,
            }
        }
        let left_clear = i == 0 || cls(s[i - 1]) & (C_DIG | C_ALPHA) == 0;
        if found.is_none() && left_clear {
            // case on the first byte: only '+', '(' and digits can start a shape
            found = match s[i] {
                b'0'..=b'9' => ssn(s, i)
                    .map(|e| (e, SSN))
                    .or_else(|| phone(s, i).map(|e| (e, PHONE)))
                    .or_else(|| card(s, i).map(|e| (e, CARD))),
                b'+' | b'(' => phone(s, i).map(|e| (e, PHONE)),
                _ => None,
            };
        }
        if let Some((e, tag)) = found {
            out.push_str(&line[keep_from..i]);
            out.push_str(tag);
            i = e;
            keep_from = e;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[keep_from..]);
    out
}
