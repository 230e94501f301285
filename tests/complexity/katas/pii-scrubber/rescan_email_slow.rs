// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail matcher re-reads the whole local-part run from every start position inside it (no "failed up to j" memo), so one long token is quadratic
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

#[inline(always)]
const fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

#[inline(always)]
const fn is_local(c: u8) -> bool {
    is_word(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

#[inline(always)]
const fn is_host(c: u8) -> bool {
    is_word(c) || c == b'.' || c == b'-'
}

/// `N` digits at `at`.
#[inline(always)]
fn digits<const N: usize>(b: &[u8], at: usize) -> bool {
    at + N <= b.len() && b[at..at + N].iter().all(u8::is_ascii_digit)
}

#[inline(always)]
fn lit(b: &[u8], at: usize, c: u8) -> bool {
    b.get(at) == Some(&c)
}

#[inline(always)]
fn edge_ok(b: &[u8], start: usize, end: usize) -> bool {
    (start == 0 || !is_word(b[start - 1])) && (end >= b.len() || !is_word(b[end]))
}

fn luhn_bytes(b: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut dbl = false;
    for &c in b.iter().rev().filter(|c| c.is_ascii_digit()) {
        let mut d = (c - b'0') as u32;
        if dbl {
            d <<= 1;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        dbl = !dbl;
    }
    sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn_bytes(b)
}

fn email(b: &[u8], at: usize) -> Option<usize> {
    let mut j = at;
    while j < b.len() && is_local(b[j]) {
        j += 1;
    }
    if j == at || !lit(b, j, b'@') {
        return None;
    }
    let d0 = j + 1;
    let mut k = d0;
    while k < b.len() && is_host(b[k]) {
        k += 1;
    }
    while k > d0 && b[k - 1] == b'.' {
        k -= 1;
    }
    let dom = &b[d0..k];
    if dom.is_empty() || !is_word(dom[0]) {
        return None;
    }
    let dot = dom.iter().rposition(|&c| c == b'.')?;
    let tld = &dom[dot + 1..];
    (tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(k)
}

fn ssn(b: &[u8], at: usize) -> Option<usize> {
    let ok = digits::<3>(b, at) && lit(b, at + 3, b'-') && digits::<2>(b, at + 4) && lit(b, at + 6, b'-') && digits::<4>(b, at + 7);
    (ok && edge_ok(b, at, at + 11)).then_some(at + 11)
}

fn phone_body(b: &[u8], at: usize) -> Option<usize> {
    for sep in [b'-', b'.', b' '] {
        if digits::<3>(b, at) && lit(b, at + 3, sep) && digits::<3>(b, at + 4) && lit(b, at + 7, sep) && digits::<4>(b, at + 8) {
            return Some(at + 12);
        }
    }
    let paren = lit(b, at, b'(') && digits::<3>(b, at + 1) && lit(b, at + 4, b')') && lit(b, at + 5, b' ')
        && digits::<3>(b, at + 6) && lit(b, at + 9, b'-') && digits::<4>(b, at + 10);
    paren.then_some(at + 14)
}

fn phone(b: &[u8], at: usize) -> Option<usize> {
    let body_at = if lit(b, at, b'+') && lit(b, at + 1, b'1') && (lit(b, at + 2, b' ') || lit(b, at + 2, b'-')) {
        at + 3
    } else {
        at
    };
    let end = phone_body(b, body_at)?;
    edge_ok(b, at, end).then_some(end)
}

fn card(b: &[u8], at: usize) -> Option<usize> {
    let mut run = 0;
    while run < 20 && at + run < b.len() && b[at + run].is_ascii_digit() {
        run += 1;
    }
    if (13..=19).contains(&run) && edge_ok(b, at, at + run) && luhn_bytes(&b[at..at + run]) {
        return Some(at + run);
    }
    for sep in [b' ', b'-'] {
        let grouped = digits::<4>(b, at) && lit(b, at + 4, sep) && digits::<4>(b, at + 5) && lit(b, at + 9, sep)
            && digits::<4>(b, at + 10) && lit(b, at + 14, sep) && digits::<4>(b, at + 15);
        if grouped && edge_ok(b, at, at + 19) && luhn_bytes(&b[at..at + 19]) {
            return Some(at + 19);
        }
    }
    None
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut last = 0;
    let mut at = 0;
    while at < b.len() {
        let hit = if let Some(e) = email(b, at) {
            Some((e, EMAIL))
        } else if let Some(e) = ssn(b, at) {
            Some((e, SSN))
        } else if let Some(e) = phone(b, at) {
            Some((e, PHONE))
        } else if let Some(e) = card(b, at) {
            Some((e, CARD))
        } else {
            None
        };
        if let Some((end, tag)) = hit {
            out.push_str(&line[last..at]);
            out.push_str(tag);
            last = end;
            at = end;
        } else {
            at += 1;
        }
    }
    out.push_str(&line[last..]);
    out
}
