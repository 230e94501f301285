// learner: optimal
// idiom: Go-style: byte-index loop, matchers are free functions taking (bytes, start, ...) and returning a match length (0 = no match), e-mail failures remembered in a dead-until index
//! Scrub PII from log lines in one pass.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn is_digit(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_digit()
}

fn is_byte(b: &[u8], i: usize, c: u8) -> bool {
    i < b.len() && b[i] == c
}

fn glued(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_alphanumeric()
}

fn left_free(b: &[u8], start: usize) -> bool {
    start == 0 || !b[start - 1].is_ascii_alphanumeric()
}

fn digits(b: &[u8], at: usize, count: usize) -> bool {
    for k in 0..count {
        if !is_digit(b, at + k) {
            return false;
        }
    }
    true
}

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// Returns (match length, end of the local run). Length 0 = no e-mail here.
fn email_at(b: &[u8], i: usize) -> (usize, usize) {
    let mut j = i;
    while j < b.len() && local_char(b[j]) {
        j += 1;
    }
    let run_end = j;
    if j == i || !is_byte(b, j, b'@') {
        return (0, run_end);
    }
    let d0 = j + 1;
    let mut d1 = d0;
    while d1 < b.len() && domain_char(b[d1]) {
        d1 += 1;
    }
    while d1 > d0 && b[d1 - 1] == b'.' {
        d1 -= 1;
    }
    if d1 == d0 || !b[d0].is_ascii_alphanumeric() {
        return (0, run_end);
    }
    // last label: letters only, at least 2, and there is a dot before it
    let mut k = d1;
    while k > d0 && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if d1 - k < 2 || k == d0 || b[k - 1] != b'.' {
        return (0, run_end);
    }
    (d1 - i, run_end)
}

fn ssn_at(b: &[u8], i: usize) -> usize {
    if !left_free(b, i) {
        return 0;
    }
    if digits(b, i, 3) && is_byte(b, i + 3, b'-') && digits(b, i + 4, 2) && is_byte(b, i + 6, b'-') && digits(b, i + 7, 4) {
        if glued(b, i + 11) {
            return 0;
        }
        return 11;
    }
    0
}

fn three_three_four(b: &[u8], at: usize, sep: u8) -> bool {
    digits(b, at, 3) && is_byte(b, at + 3, sep) && digits(b, at + 4, 3) && is_byte(b, at + 7, sep) && digits(b, at + 8, 4)
}

/// phone body without prefix, starting at `at`; returns its length or 0
fn phone_body(b: &[u8], at: usize) -> usize {
    for &sep in &[b'-', b'.', b' '] {
        if three_three_four(b, at, sep) {
            return 12;
        }
    }
    if is_byte(b, at, b'(') && digits(b, at + 1, 3) && is_byte(b, at + 4, b')') && is_byte(b, at + 5, b' ')
        && digits(b, at + 6, 3) && is_byte(b, at + 9, b'-') && digits(b, at + 10, 4)
    {
        return 14;
    }
    0
}

fn phone_at(b: &[u8], i: usize) -> usize {
    if !left_free(b, i) {
        return 0;
    }
    let mut skip = 0;
    if is_byte(b, i, b'+') && is_byte(b, i + 1, b'1') && (is_byte(b, i + 2, b' ') || is_byte(b, i + 2, b'-')) {
        skip = 3;
    }
    let mut body = phone_body(b, i + skip);
    if body == 0 && skip > 0 {
        return 0;
    }
    if body == 0 {
        return 0;
    }
    body += skip;
    if glued(b, i + body) {
        return 0;
    }
    body
}

fn luhn_bytes(b: &[u8], from: usize, to: usize) -> bool {
    let mut sum: u32 = 0;
    let mut nth: u32 = 0;
    let mut k = to;
    while k > from {
        k -= 1;
        let c = b[k];
        if !c.is_ascii_digit() {
            continue;
        }
        let mut d = (c - b'0') as u32;
        if nth % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        nth += 1;
    }
    nth > 0 && sum % 10 == 0
}

fn card_at(b: &[u8], i: usize) -> usize {
    if !left_free(b, i) || !is_digit(b, i) {
        return 0;
    }
    let mut run = 0;
    while run < 20 && is_digit(b, i + run) {
        run += 1;
    }
    if (13..=19).contains(&run) && !glued(b, i + run) && luhn_bytes(b, i, i + run) {
        return run;
    }
    for &sep in &[b' ', b'-'] {
        let ok = digits(b, i, 4) && is_byte(b, i + 4, sep) && digits(b, i + 5, 4) && is_byte(b, i + 9, sep)
            && digits(b, i + 10, 4) && is_byte(b, i + 14, sep) && digits(b, i + 15, 4);
        if ok && !glued(b, i + 19) && luhn_bytes(b, i, i + 19) {
            return 19;
        }
    }
    0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    for &c in b {
        if !c.is_ascii_digit() {
            return false;
        }
    }
    luhn_bytes(b, 0, b.len())
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut kept_from = 0;
    let mut dead_until = 0;
    let mut i = 0;
    while i < b.len() {
        let mut len = 0;
        let mut label = "";
        if i >= dead_until {
            let (l, run_end) = email_at(b, i);
            if l > 0 {
                len = l;
                label = EMAIL;
            } else {
                dead_until = run_end;
            }
        }
        if len == 0 {
            len = ssn_at(b, i);
            label = SSN;
        }
        if len == 0 {
            len = phone_at(b, i);
            label = PHONE;
        }
        if len == 0 {
            len = card_at(b, i);
            label = CARD;
        }
        if len == 0 {
            i += 1;
            continue;
        }
        out.push_str(&line[kept_from..i]);
        out.push_str(label);
        i += len;
        kept_from = i;
    }
    out.push_str(&line[kept_from..]);
    out
}
