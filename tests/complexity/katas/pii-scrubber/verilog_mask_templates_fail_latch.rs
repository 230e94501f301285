// learner: optimal
// idiom: verilog: byte-indexed scanner, fixed shapes matched against 'd'-mask templates like a masked comparator, e-mail fail latch (no_email_before) to skip re-reads
// why: templates are <= 19 bytes and card runs stop at 20 digits, so non-email tries are O(1); a failed local-part run is never re-read thanks to the latch: O(n) time, output O(n); luhn is one pass with two counters
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut sum: u32 = 0;
    let mut dbl = false; // toggles every digit, rightmost is not doubled
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        let c = b[i];
        if !c.is_ascii_digit() {
            return false;
        }
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

#[inline]
fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

#[inline]
fn local_byte(b: u8) -> bool {
    alnum(b) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

#[inline]
fn domain_byte(b: u8) -> bool {
    alnum(b) || b == b'.' || b == b'-'
}

/// Masked compare: 'd' in the template matches any ASCII digit, anything else matches itself.
fn match_mask(s: &[u8], at: usize, mask: &[u8]) -> bool {
    if at + mask.len() > s.len() {
        return false;
    }
    let mut k = 0;
    while k < mask.len() {
        let c = s[at + k];
        let ok = if mask[k] == b'd' { c.is_ascii_digit() } else { c == mask[k] };
        if !ok {
            return false;
        }
        k += 1;
    }
    true
}

#[inline]
fn left_ok(s: &[u8], i: usize) -> bool {
    i == 0 || !alnum(s[i - 1])
}

#[inline]
fn right_ok(s: &[u8], end: usize) -> bool {
    end >= s.len() || !alnum(s[end])
}

const PHONE_BODIES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const PHONE_PREFIXES: [&[u8]; 3] = [b"", b"+1 ", b"+1-"];

fn try_ssn(s: &[u8], i: usize) -> Option<usize> {
    let end = i + 11;
    if match_mask(s, i, b"ddd-dd-dddd") && right_ok(s, end) {
        Some(end)
    } else {
        None
    }
}

fn try_phone(s: &[u8], i: usize) -> Option<usize> {
    for pre in PHONE_PREFIXES.iter() {
        if !match_mask(s, i, pre) {
            continue;
        }
        let at = i + pre.len();
        for body in PHONE_BODIES.iter() {
            let end = at + body.len();
            if match_mask(s, at, body) && right_ok(s, end) {
                return Some(end);
            }
        }
    }
    None
}

/// Luhn over the digit bytes of s[from..to], separators skipped. At most 19 digits.
fn luhn_span(s: &[u8], from: usize, to: usize) -> bool {
    let mut sum = 0u32;
    let mut dbl = false;
    let mut k = to;
    while k > from {
        k -= 1;
        let c = s[k];
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
        sum += d;
        dbl = !dbl;
    }
    sum % 10 == 0
}

fn try_card(s: &[u8], i: usize) -> Option<usize> {
    // contiguous run: count at most 20 digits
    let mut j = i;
    while j < s.len() && j - i < 20 && s[j].is_ascii_digit() {
        j += 1;
    }
    let run = j - i;
    if (13..=19).contains(&run) && right_ok(s, j) && luhn_span(s, i, j) {
        return Some(j);
    }
    for mask in [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"] {
        let end = i + mask.len();
        if match_mask(s, i, mask) && right_ok(s, end) && luhn_span(s, i, end) {
            return Some(end);
        }
    }
    None
}

/// E-mail at i. Returns Ok(end) on a match, Err(j) = end of the local-part run on a miss.
fn try_email(s: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < s.len() && local_byte(s[j]) {
        j += 1;
    }
    if j == i || j >= s.len() || s[j] != b'@' {
        return Err(j);
    }
    let d0 = j + 1;
    let mut e = d0;
    while e < s.len() && domain_byte(s[e]) {
        e += 1;
    }
    while e > d0 && s[e - 1] == b'.' {
        e -= 1;
    }
    if e == d0 || !alnum(s[d0]) {
        return Err(j);
    }
    // last label: walk back over letters to the last dot
    let mut k = e;
    while k > d0 && s[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    let label = e - k;
    if label < 2 || k == d0 || s[k - 1] != b'.' {
        return Err(j);
    }
    Ok(e)
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let mut out = String::with_capacity(n);
    let mut copied = 0usize; // everything before this is already in `out`
    let mut no_email_before = 0usize; // fail latch for e-mail attempts
    let mut i = 0usize;
    while i < n {
        let mut hit: Option<(usize, &str)> = None;
        if i >= no_email_before {
            match try_email(s, i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(j) => no_email_before = j.max(i + 1),
            }
        }
        if hit.is_none() && left_ok(s, i) {
            if let Some(end) = try_ssn(s, i) {
                hit = Some((end, SSN));
            } else if let Some(end) = try_phone(s, i) {
                hit = Some((end, PHONE));
            } else if let Some(end) = try_card(s, i) {
                hit = Some((end, CARD));
            }
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                i = end;
                copied = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
