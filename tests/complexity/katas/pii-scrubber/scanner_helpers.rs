// learner: optimal
// idiom: JS-ish: small helper fns returning Option<end>, closures for byte classes, early returns, skip-ahead marker for failed e-mail runs
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

fn left_ok(s: &[u8], i: usize) -> bool {
    i == 0 || !is_alnum(s[i - 1])
}

fn right_ok(s: &[u8], end: usize) -> bool {
    end >= s.len() || !is_alnum(s[end])
}

/// Matches `pattern` at `i`: 'd' is a digit, anything else is literal. Returns the end.
fn shape(s: &[u8], i: usize, pattern: &[u8]) -> Option<usize> {
    if i + pattern.len() > s.len() {
        return None;
    }
    for (k, &p) in pattern.iter().enumerate() {
        let b = s[i + k];
        let ok = if p == b'd' { b.is_ascii_digit() } else { b == p };
        if !ok {
            return None;
        }
    }
    Some(i + pattern.len())
}

/// Result of trying an e-mail: the match end, or the end of the local run that failed.
enum EmailTry {
    Hit(usize),
    Miss(usize),
}

fn try_email(s: &[u8], i: usize) -> EmailTry {
    let mut j = i;
    while j < s.len() && is_local(s[j]) {
        j += 1;
    }
    if j == i || j >= s.len() || s[j] != b'@' {
        return EmailTry::Miss(j);
    }
    let dstart = j + 1;
    let mut d = dstart;
    while d < s.len() && is_domain(s[d]) {
        d += 1;
    }
    while d > dstart && s[d - 1] == b'.' {
        d -= 1;
    }
    if d == dstart || !is_alnum(s[dstart]) {
        return EmailTry::Miss(j);
    }
    let domain = &s[dstart..d];
    let last_dot = match domain.iter().rposition(|&b| b == b'.') {
        Some(p) => p,
        None => return EmailTry::Miss(j),
    };
    let tld = &domain[last_dot + 1..];
    if tld.len() < 2 || !tld.iter().all(|b| b.is_ascii_alphabetic()) {
        return EmailTry::Miss(j);
    }
    EmailTry::Hit(d)
}

fn try_ssn(s: &[u8], i: usize) -> Option<usize> {
    if !left_ok(s, i) {
        return None;
    }
    shape(s, i, b"ddd-dd-dddd").filter(|&e| right_ok(s, e))
}

fn try_phone(s: &[u8], i: usize) -> Option<usize> {
    if !left_ok(s, i) {
        return None;
    }
    let mut body = i;
    if shape(s, i, b"+1 ").is_some() || shape(s, i, b"+1-").is_some() {
        body = i + 3;
    }
    let bodies: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    bodies
        .iter()
        .find_map(|p| shape(s, body, p))
        .filter(|&e| right_ok(s, e))
}

fn try_card(s: &[u8], i: usize) -> Option<usize> {
    if !left_ok(s, i) {
        return None;
    }
    // contiguous run, read at most 20 digits
    let mut j = i;
    while j < s.len() && j - i < 20 && s[j].is_ascii_digit() {
        j += 1;
    }
    let run = j - i;
    if (13..=19).contains(&run) && right_ok(s, j) {
        let digits = std::str::from_utf8(&s[i..j]).unwrap();
        if luhn_valid(digits) {
            return Some(j);
        }
    }
    for pat in [&b"dddd dddd dddd dddd"[..], &b"dddd-dddd-dddd-dddd"[..]] {
        if let Some(e) = shape(s, i, pat) {
            if !right_ok(s, e) {
                continue;
            }
            let mut digits = [0u8; 16];
            let mut n = 0;
            for &b in &s[i..e] {
                if b.is_ascii_digit() {
                    digits[n] = b;
                    n += 1;
                }
            }
            if luhn_valid(std::str::from_utf8(&digits).unwrap()) {
                return Some(e);
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0; // everything before this is already in `out`
    let mut no_email_before = 0;
    let mut i = 0;
    while i < s.len() {
        let mut hit: Option<(usize, &str)> = None;
        if i >= no_email_before {
            match try_email(s, i) {
                EmailTry::Hit(e) => hit = Some((e, EMAIL)),
                EmailTry::Miss(j) => no_email_before = j,
            }
        }
        if hit.is_none() {
            hit = try_ssn(s, i)
                .map(|e| (e, SSN))
                .or_else(|| try_phone(s, i).map(|e| (e, PHONE)))
                .or_else(|| try_card(s, i).map(|e| (e, CARD)));
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                copied = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
