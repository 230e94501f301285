// learner: slow
// why: scrub is O(n^2) time, target O(n): the card check counts the whole run of digits from each position before it looks at the length and the left boundary
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0;
    for (k, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

fn an(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn pat(s: &[u8], i: usize, p: &[u8]) -> bool {
    i + p.len() <= s.len()
        && p.iter().enumerate().all(|(k, &c)| if c == b'#' { s[i + k].is_ascii_digit() } else { s[i + k] == c })
}

fn after_ok(s: &[u8], e: usize) -> bool {
    e >= s.len() || !an(s[e])
}

fn email_len(s: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < s.len() && (an(s[j]) || b"._%+-".contains(&s[j])) {
        j += 1;
    }
    if j == i || j >= s.len() || s[j] != b'@' {
        return None;
    }
    let d = j + 1;
    let mut e = d;
    while e < s.len() && (an(s[e]) || s[e] == b'.' || s[e] == b'-') {
        e += 1;
    }
    while e > d && s[e - 1] == b'.' {
        e -= 1;
    }
    if e == d || !an(s[d]) {
        return None;
    }
    let dom = &s[d..e];
    let dot = dom.iter().rposition(|&c| c == b'.')?;
    let label = &dom[dot + 1..];
    if label.len() >= 2 && label.iter().all(|c| c.is_ascii_alphabetic()) {
        Some(e - i)
    } else {
        None
    }
}

fn shape_len(s: &[u8], i: usize) -> Option<(&'static str, usize)> {
    // Contiguous card number: how many digits in a row start here?
    let mut n = 0;
    while i + n < s.len() && s[i + n].is_ascii_digit() {
        n += 1;
    }
    let glued_left = i > 0 && an(s[i - 1]);
    if (13..=19).contains(&n) && !glued_left && after_ok(s, i + n) && luhn_valid(std::str::from_utf8(&s[i..i + n]).unwrap()) {
        return Some((CARD, n));
    }
    if glued_left {
        return None;
    }
    if pat(s, i, b"###-##-####") && after_ok(s, i + 11) {
        return Some((SSN, 11));
    }
    let pre = if pat(s, i, b"+1 ") || pat(s, i, b"+1-") { 3 } else { 0 };
    for p in [&b"###-###-####"[..], b"###.###.####", b"### ### ####", b"(###) ###-####"] {
        if pat(s, i + pre, p) && after_ok(s, i + pre + p.len()) {
            return Some((PHONE, pre + p.len()));
        }
    }
    for p in [&b"#### #### #### ####"[..], b"####-####-####-####"] {
        if pat(s, i, p) && after_ok(s, i + 19) {
            let digits: String = s[i..i + 19].iter().filter(|c| c.is_ascii_digit()).map(|&c| c as char).collect();
            return if luhn_valid(&digits) { Some((CARD, 19)) } else { None };
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut kept = 0;
    let mut no_email_until = 0;
    while i < s.len() {
        let mut found = None;
        if i >= no_email_until {
            found = email_len(s, i).map(|n| (EMAIL, n));
            if found.is_none() {
                // Every start inside this local-part run fails the same way.
                let mut j = i;
                while j < s.len() && (an(s[j]) || b"._%+-".contains(&s[j])) {
                    j += 1;
                }
                no_email_until = j.max(i + 1);
            }
        }
        let found = found.or_else(|| shape_len(s, i));
        if let Some((tag, n)) = found {
            out.push_str(&line[kept..i]);
            out.push_str(tag);
            i += n;
            kept = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[kept..]);
    out
}
