// learner: optimal
// idiom: Mojo: precompute a flat u32 run_end[] table in one backward pass (struct-of-arrays side buffer), then a forward scan that answers the e-mail question by table lookup plus a one-entry domain cache
// why: run_end and the scan are each one linear pass; each '@' has its domain checked once (cached); bounded shapes cost O(1) per position: O(n) time, O(n) space

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
fn alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

#[inline(always)]
fn digit_at(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_digit()
}

#[inline(always)]
fn byte_is(b: &[u8], i: usize, c: u8) -> bool {
    i < b.len() && b[i] == c
}

/// `count` ASCII digits at b[i..]
#[inline(always)]
fn digits(b: &[u8], i: usize, count: usize) -> bool {
    let mut k = 0;
    while k < count {
        if !digit_at(b, i + k) {
            return false;
        }
        k += 1;
    }
    true
}

#[inline(always)]
fn left_ok(b: &[u8], i: usize) -> bool {
    i == 0 || !alnum(b[i - 1])
}

#[inline(always)]
fn right_ok(b: &[u8], end: usize) -> bool {
    end >= b.len() || !alnum(b[end])
}

#[inline(always)]
fn is_local(c: u8) -> bool {
    alnum(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

#[inline(always)]
fn is_domain(c: u8) -> bool {
    alnum(c) || c == b'.' || c == b'-'
}

/// Luhn over ASCII digits given right to left.
#[inline(always)]
fn luhn_rev<I: Iterator<Item = u8>>(rev_digits: I) -> bool {
    let mut sum = 0u32;
    let mut count = 0usize;
    for (k, c) in rev_digits.enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if k & 1 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        count += 1;
    }
    count > 0 && sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    luhn_rev(digits.bytes().rev())
}

/// `ddd-dd-dddd` at i, with clean boundaries.
#[inline(always)]
fn ssn_at(b: &[u8], i: usize) -> Option<usize> {
    let ok = digits(b, i, 3)
        && byte_is(b, i + 3, b'-')
        && digits(b, i + 4, 2)
        && byte_is(b, i + 6, b'-')
        && digits(b, i + 7, 4);
    (ok && left_ok(b, i) && right_ok(b, i + 11)).then_some(i + 11)
}

/// the phone body (no prefix) at j: end index
#[inline(always)]
fn phone_body(b: &[u8], j: usize) -> Option<usize> {
    if byte_is(b, j, b'(') {
        let ok = digits(b, j + 1, 3)
            && byte_is(b, j + 4, b')')
            && byte_is(b, j + 5, b' ')
            && digits(b, j + 6, 3)
            && byte_is(b, j + 9, b'-')
            && digits(b, j + 10, 4);
        return ok.then_some(j + 14);
    }
    if !digits(b, j, 3) || j + 3 >= b.len() {
        return None;
    }
    let sep = b[j + 3];
    if !matches!(sep, b'-' | b'.' | b' ') {
        return None;
    }
    let ok = digits(b, j + 4, 3) && byte_is(b, j + 7, sep) && digits(b, j + 8, 4);
    ok.then_some(j + 12)
}

#[inline(always)]
fn phone_at(b: &[u8], i: usize) -> Option<usize> {
    if !left_ok(b, i) {
        return None;
    }
    let j = if byte_is(b, i, b'+') && byte_is(b, i + 1, b'1') && (byte_is(b, i + 2, b' ') || byte_is(b, i + 2, b'-')) {
        i + 3
    } else {
        i
    };
    let end = phone_body(b, j)?;
    right_ok(b, end).then_some(end)
}

#[inline(always)]
fn card_at(b: &[u8], i: usize) -> Option<usize> {
    if !digit_at(b, i) || !left_ok(b, i) {
        return None;
    }
    // contiguous run, never read past 20 digits
    let mut k = 0;
    while k < 20 && digit_at(b, i + k) {
        k += 1;
    }
    if (13..=19).contains(&k) {
        let end = i + k;
        if right_ok(b, end) && luhn_rev(b[i..end].iter().rev().copied()) {
            return Some(end);
        }
        return None;
    }
    if k == 4 && i + 4 < b.len() && (b[i + 4] == b' ' || b[i + 4] == b'-') {
        let sep = b[i + 4];
        let ok = digits(b, i + 5, 4)
            && byte_is(b, i + 9, sep)
            && digits(b, i + 10, 4)
            && byte_is(b, i + 14, sep)
            && digits(b, i + 15, 4);
        let end = i + 19;
        if ok && right_ok(b, end) && luhn_rev(b[i..end].iter().rev().copied().filter(|c| *c != sep)) {
            return Some(end);
        }
    }
    None
}

/// domain after the '@' at `at`: end of the match (trailing dots dropped), if valid
#[inline(always)]
fn domain_end(b: &[u8], at: usize) -> Option<usize> {
    let start = at + 1;
    let mut k = start;
    while k < b.len() && is_domain(b[k]) {
        k += 1;
    }
    while k > start && b[k - 1] == b'.' {
        k -= 1;
    }
    if k == start || !alnum(b[start]) {
        return None;
    }
    // last label: letters only, at least 2, and there must be a dot before it
    let mut l = k;
    while l > start && b[l - 1].is_ascii_alphabetic() {
        l -= 1;
    }
    if k - l >= 2 && l > start && b[l - 1] == b'.' {
        Some(k)
    } else {
        None
    }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    // run_end[i] = first index >= i that is not a local-part byte
    let mut run_end: Vec<u32> = vec![0; n + 1];
    run_end[n] = n as u32;
    let mut i = n;
    while i > 0 {
        i -= 1;
        run_end[i] = if is_local(b[i]) { run_end[i + 1] } else { i as u32 };
    }

    let mut out = String::with_capacity(n);
    let mut from = 0usize; // start of the pending unchanged stretch
    let mut cached_at = usize::MAX;
    let mut cached_end: Option<usize> = None;
    let mut i = 0usize;
    while i < n {
        let mut hit: Option<(usize, &str)> = None;
        let j = run_end[i] as usize;
        if j > i && byte_is(b, j, b'@') {
            if cached_at != j {
                cached_at = j;
                cached_end = domain_end(b, j);
            }
            if let Some(e) = cached_end {
                hit = Some((e, EMAIL));
            }
        }
        if hit.is_none() {
            hit = ssn_at(b, i)
                .map(|e| (e, SSN))
                .or_else(|| phone_at(b, i).map(|e| (e, PHONE)))
                .or_else(|| card_at(b, i).map(|e| (e, CARD)));
        }
        if let Some((e, tag)) = hit {
            out.push_str(&line[from..i]);
            out.push_str(tag);
            i = e;
            from = e;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[from..]);
    out
}
