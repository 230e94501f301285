// learner: optimal
// idiom: byte-index while loops, 'd'-mask shape matcher, usize cursors and a skip-until watermark for failed e-mail runs
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

fn an(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn lb(b: &[u8], i: usize) -> bool {
    i == 0 || !an(b[i - 1])
}

fn rb(b: &[u8], e: usize) -> bool {
    e >= b.len() || !an(b[e])
}

// 'd' in p = any ASCII digit, anything else literal
fn pat(b: &[u8], i: usize, p: &[u8]) -> bool {
    if i + p.len() > b.len() {
        return false;
    }
    let mut k = 0;
    while k < p.len() {
        let c = b[i + k];
        if p[k] == b'd' {
            if !c.is_ascii_digit() {
                return false;
            }
        } else if c != p[k] {
            return false;
        }
        k += 1;
    }
    true
}

// Luhn over the digits of b[i..e], skipping separators
fn luhn(b: &[u8], i: usize, e: usize) -> bool {
    let mut s = 0u32;
    let mut dbl = false;
    let mut j = e;
    let mut cnt = 0usize;
    while j > i {
        j -= 1;
        let c = b[j];
        if !c.is_ascii_digit() {
            continue;
        }
        let mut d = (c - b'0') as u32;
        if dbl {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        s += d;
        dbl = !dbl;
        cnt += 1;
    }
    cnt > 0 && s % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
///
/// From the rightmost digit leftwards, double every second digit (subtracting 9 when the double
/// exceeds 9); the number is valid when the sum of all digits is a multiple of 10.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    let mut j = 0;
    while j < b.len() {
        if !b[j].is_ascii_digit() {
            return false;
        }
        j += 1;
    }
    luhn(b, 0, b.len())
}

fn loc(c: u8) -> bool {
    an(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

// returns (end of match or None, end of local run)
fn email(b: &[u8], i: usize) -> (Option<usize>, usize) {
    let n = b.len();
    let mut j = i;
    while j < n && loc(b[j]) {
        j += 1;
    }
    if j == i || j >= n || b[j] != b'@' {
        return (None, j);
    }
    let d0 = j + 1;
    let mut e = d0;
    while e < n && (an(b[e]) || b[e] == b'.' || b[e] == b'-') {
        e += 1;
    }
    while e > d0 && b[e - 1] == b'.' {
        e -= 1;
    }
    if e == d0 || !an(b[d0]) {
        return (None, j);
    }
    let mut dot = usize::MAX;
    let mut k = d0;
    while k < e {
        if b[k] == b'.' {
            dot = k;
        }
        k += 1;
    }
    if dot == usize::MAX || e - dot - 1 < 2 {
        return (None, j);
    }
    k = dot + 1;
    while k < e {
        if !b[k].is_ascii_alphabetic() {
            return (None, j);
        }
        k += 1;
    }
    (Some(e), j)
}

fn ssn(b: &[u8], i: usize) -> Option<usize> {
    if lb(b, i) && pat(b, i, b"ddd-dd-dddd") && rb(b, i + 11) {
        Some(i + 11)
    } else {
        None
    }
}

fn phone(b: &[u8], i: usize) -> Option<usize> {
    if !lb(b, i) {
        return None;
    }
    let mut s = i;
    if pat(b, s, b"+1 ") || pat(b, s, b"+1-") {
        s += 3;
    }
    let ps: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    let mut q = 0;
    while q < 4 {
        let e = s + ps[q].len();
        if pat(b, s, ps[q]) && rb(b, e) {
            return Some(e);
        }
        q += 1;
    }
    None
}

fn card(b: &[u8], i: usize) -> Option<usize> {
    if !lb(b, i) {
        return None;
    }
    if (pat(b, i, b"dddd dddd dddd dddd") || pat(b, i, b"dddd-dddd-dddd-dddd"))
        && rb(b, i + 19)
        && luhn(b, i, i + 19)
    {
        return Some(i + 19);
    }
    let mut c = 0usize;
    while c < 20 && i + c < b.len() && b[i + c].is_ascii_digit() {
        c += 1;
    }
    if (13..=19).contains(&c) && rb(b, i + c) && luhn(b, i, i + c) {
        return Some(i + c);
    }
    None
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by [`EMAIL`], [`SSN`], [`PHONE`] and [`CARD`] (see README.md for the exact shapes).
///
/// Scan left to right; at each position try an e-mail, then an SSN, a phone number and a card
/// number. Must be O(n) in the length of the line, with hand-written scanning (std only).
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let (mut i, mut last, mut skip) = (0usize, 0usize, 0usize);
    while i < n {
        let mut hit: Option<(usize, &str)> = None;
        if i >= skip {
            let (m, j) = email(b, i);
            match m {
                Some(e) => hit = Some((e, EMAIL)),
                None => skip = j,
            }
        }
        if hit.is_none() {
            if let Some(e) = ssn(b, i) {
                hit = Some((e, SSN));
            } else if let Some(e) = phone(b, i) {
                hit = Some((e, PHONE));
            } else if let Some(e) = card(b, i) {
                hit = Some((e, CARD));
            }
        }
        match hit {
            Some((e, t)) => {
                out.push_str(&line[last..i]);
                out.push_str(t);
                i = e;
                last = e;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[last..]);
    out
}
