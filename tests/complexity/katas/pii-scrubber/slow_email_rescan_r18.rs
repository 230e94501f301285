// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local-part run is re-read from every start inside a long token (no memo of the failure point)
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const NO: usize = usize::MAX;

#[inline]
fn dg(b: &[u8], k: usize) -> bool {
    k < b.len() && b[k].is_ascii_digit()
}

#[inline]
fn an(b: &[u8], k: usize) -> bool {
    k < b.len() && b[k].is_ascii_alphanumeric()
}

#[inline]
fn is(b: &[u8], k: usize, c: u8) -> bool {
    k < b.len() && b[k] == c
}

/// digits at i..i+m all present
fn digits(b: &[u8], i: usize, m: usize) -> bool {
    let mut k = 0;
    while k < m {
        if !dg(b, i + k) {
            return false;
        }
        k += 1;
    }
    true
}

fn luhn_range(b: &[u8], lo: usize, hi: usize) -> bool {
    // walk right-to-left, skipping separators; parity counts digits only
    let mut s = 0u32;
    let mut par = 0usize;
    let mut k = hi;
    let mut seen = 0usize;
    while k > lo {
        k -= 1;
        let c = b[k];
        if c.is_ascii_digit() {
            let mut d = (c - b'0') as u32;
            if par & 1 == 1 {
                d = if d >= 5 { 2 * d - 9 } else { 2 * d };
            }
            s += d;
            par += 1;
            seen += 1;
        } else if c != b' ' && c != b'-' {
            return false;
        }
    }
    seen > 0 && s % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() || !b.iter().all(|c| c.is_ascii_digit()) {
        return false;
    }
    luhn_range(b, 0, b.len())
}

fn email_at(b: &[u8], i: usize) -> usize {
    let n = b.len();
    let mut j = i;
    while j < n && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b'_' | b'%' | b'+' | b'-')) {
        j += 1;
    }
    if j == i {
        return NO;
    }
    if !is(b, j, b'@') {
        return NO;
    }
    let d0 = j + 1;
    let mut e = d0;
    while e < n && (b[e].is_ascii_alphanumeric() || b[e] == b'.' || b[e] == b'-') {
        e += 1;
    }
    while e > d0 && b[e - 1] == b'.' {
        e -= 1;
    }
    if e == d0 || !b[d0].is_ascii_alphanumeric() {
        return NO;
    }
    let mut t = e; // start of the last label
    while t > d0 && b[t - 1] != b'.' {
        t -= 1;
    }
    if t == d0 || e - t < 2 {
        return NO;
    }
    for k in t..e {
        if !b[k].is_ascii_alphabetic() {
            return NO;
        }
    }
    e
}

fn ssn_at(b: &[u8], i: usize) -> usize {
    // ddd-dd-dddd : offsets 0..3, 3 '-', 4..6, 6 '-', 7..11
    if digits(b, i, 3) && is(b, i + 3, b'-') && digits(b, i + 4, 2) && is(b, i + 6, b'-') && digits(b, i + 7, 4) && !an(b, i + 11) {
        i + 11
    } else {
        NO
    }
}

fn phone_body(b: &[u8], p: usize) -> usize {
    // (ddd) ddd-dddd
    if is(b, p, b'(') && digits(b, p + 1, 3) && is(b, p + 4, b')') && is(b, p + 5, b' ')
        && digits(b, p + 6, 3) && is(b, p + 9, b'-') && digits(b, p + 10, 4)
    {
        return p + 14;
    }
    // ddd s ddd s dddd with s in {-, ., ' '}
    if digits(b, p, 3) && p + 3 < b.len() {
        let s = b[p + 3];
        if (s == b'-' || s == b'.' || s == b' ') && digits(b, p + 4, 3) && is(b, p + 7, s) && digits(b, p + 8, 4) {
            return p + 12;
        }
    }
    NO
}

fn phone_at(b: &[u8], i: usize) -> usize {
    let mut e = phone_body(b, i);
    if e == NO && is(b, i, b'+') && is(b, i + 1, b'1') && (is(b, i + 2, b' ') || is(b, i + 2, b'-')) {
        e = phone_body(b, i + 3);
    }
    if e != NO && !an(b, e) { e } else { NO }
}

fn card_at(b: &[u8], i: usize) -> usize {
    // grouped: dddd s dddd s dddd s dddd
    if digits(b, i, 4) && i + 4 < b.len() && (b[i + 4] == b' ' || b[i + 4] == b'-') {
        let s = b[i + 4];
        let ok = digits(b, i + 5, 4) && is(b, i + 9, s) && digits(b, i + 10, 4) && is(b, i + 14, s) && digits(b, i + 15, 4);
        if ok && !an(b, i + 19) && luhn_range(b, i, i + 19) {
            return i + 19;
        }
    }
    let mut m = 0usize;
    while m < 20 && dg(b, i + m) {
        m += 1;
    }
    if m >= 13 && m <= 19 && !an(b, i + m) && luhn_range(b, i, i + m) {
        i + m
    } else {
        NO
    }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut last = 0usize;
    let mut i = 0usize;
    while i < n {
        let mut e = email_at(b, i);
        let mut tag = EMAIL;
        if e == NO && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            e = ssn_at(b, i);
            tag = SSN;
            if e == NO {
                e = phone_at(b, i);
                tag = PHONE;
            }
            if e == NO {
                e = card_at(b, i);
                tag = CARD;
            }
        }
        if e == NO {
            i += 1;
        } else {
            out.push_str(&line[last..i]);
            out.push_str(tag);
            last = e;
            i = e;
        }
    }
    out.push_str(&line[last..]);
    out
}
