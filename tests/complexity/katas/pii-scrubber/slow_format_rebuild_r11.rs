// learner: slow
// why: scrub is O(n * pieces) = O(n^2) time, target O(n): every kept stretch and replacement is appended with out = format!("{out}{piece}"), recopying the whole output so far
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    let mut double = false;
    let mut idx = bytes.len();
    while idx > 0 {
        idx -= 1;
        let b = bytes[idx];
        if !(b'0'..=b'9').contains(&b) {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if double {
            d = if d * 2 > 9 { d * 2 - 9 } else { d * 2 };
        }
        sum += d;
        double = !double;
    }
    sum % 10 == 0
}

fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn matches(s: &[u8], at: usize, p: &[u8]) -> bool {
    if at + p.len() > s.len() {
        return false;
    }
    for k in 0..p.len() {
        let ok = if p[k] == b'd' { s[at + k].is_ascii_digit() } else { s[at + k] == p[k] };
        if !ok {
            return false;
        }
    }
    true
}

fn end_ok(s: &[u8], e: usize) -> bool {
    e == s.len() || !word(s[e])
}

/// Some(len) on a match; for a failed e-mail also reports where its local run ended.
fn email(s: &[u8], i: usize, run_end: &mut usize) -> Option<usize> {
    let mut j = i;
    while j < s.len() && (word(s[j]) || matches!(s[j], b'.' | b'_' | b'%' | b'+' | b'-')) {
        j += 1;
    }
    *run_end = j;
    if j == i || j == s.len() || s[j] != b'@' {
        return None;
    }
    let d = j + 1;
    let mut e = d;
    while e < s.len() && (word(s[e]) || s[e] == b'.' || s[e] == b'-') {
        e += 1;
    }
    while e > d && s[e - 1] == b'.' {
        e -= 1;
    }
    if e == d || !word(s[d]) {
        return None;
    }
    let mut dot = None;
    for k in d..e {
        if s[k] == b'.' {
            dot = Some(k);
        }
    }
    let dot = dot?;
    if e - dot - 1 >= 2 && s[dot + 1..e].iter().all(|c| c.is_ascii_alphabetic()) {
        Some(e - i)
    } else {
        None
    }
}

fn other(s: &[u8], i: usize) -> Option<(&'static str, usize)> {
    if i > 0 && word(s[i - 1]) {
        return None;
    }
    if matches(s, i, b"ddd-dd-dddd") && end_ok(s, i + 11) {
        return Some((SSN, 11));
    }
    let pre = if matches(s, i, b"+1 ") || matches(s, i, b"+1-") { 3 } else { 0 };
    for p in [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"] {
        if matches(s, i + pre, p) && end_ok(s, i + pre + p.len()) {
            return Some((PHONE, pre + p.len()));
        }
    }
    for p in [&b"dddd dddd dddd dddd"[..], b"dddd-dddd-dddd-dddd"] {
        if matches(s, i, p) && end_ok(s, i + 19) {
            let mut digits = String::new();
            for &c in &s[i..i + 19] {
                if c.is_ascii_digit() {
                    digits.push(c as char);
                }
            }
            return if luhn_valid(&digits) { Some((CARD, 19)) } else { None };
        }
    }
    let mut n = 0;
    while n < 20 && i + n < s.len() && s[i + n].is_ascii_digit() {
        n += 1;
    }
    if n >= 13 && n <= 19 && end_ok(s, i + n) && luhn_valid(std::str::from_utf8(&s[i..i + n]).unwrap()) {
        return Some((CARD, n));
    }
    None
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    let mut kept = 0;
    let mut skip_email = 0;
    while i < s.len() {
        let mut hit = None;
        if i >= skip_email {
            let mut run_end = i;
            hit = email(s, i, &mut run_end).map(|n| (EMAIL, n));
            skip_email = run_end;
        }
        if hit.is_none() {
            hit = other(s, i);
        }
        match hit {
            Some((tag, n)) => {
                let before = &line[kept..i];
                out = format!("{out}{before}{tag}");
                i += n;
                kept = i;
            }
            None => i += 1,
        }
    }
    let rest = &line[kept..];
    out = format!("{out}{rest}");
    out
}
