// learner: optimal
// idiom: Tcl/Tk tools engineer: shapes written as tiny glob-like pattern strings ("ddd-dd-dddd", 'd' = digit) matched by one `fits` proc, tried in order at each byte; the e-mail attempt remembers how far its failed local-part run reached
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const SSN_PATTERN: &str = "ddd-dd-dddd";
const PHONE_PREFIXES: [&str; 3] = ["+1 ", "+1-", ""];
const PHONE_BODIES: [&str; 4] = ["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"];
const CARD_GROUPS: [&str; 2] = ["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd"];

/// Luhn over a sequence of digit values, rightmost last.
fn luhn_sum_ok<I: DoubleEndedIterator<Item = u8>>(digits: I) -> bool {
    let mut sum = 0u32;
    for (pos, d) in digits.rev().enumerate() {
        let mut v = d as u32;
        if pos % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() || !b.iter().all(|c| c.is_ascii_digit()) {
        return false;
    }
    luhn_sum_ok(b.iter().map(|c| c - b'0'))
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// `string match` for our shapes: 'd' is any ASCII digit, anything else is itself.
fn fits(b: &[u8], at: usize, pattern: &str) -> Option<usize> {
    let p = pattern.as_bytes();
    if at + p.len() > b.len() {
        return None;
    }
    for k in 0..p.len() {
        let c = b[at + k];
        let ok = if p[k] == b'd' { c.is_ascii_digit() } else { c == p[k] };
        if !ok {
            return None;
        }
    }
    Some(at + p.len())
}

fn free_standing(b: &[u8], start: usize, end: usize) -> bool {
    (start == 0 || !is_word(b[start - 1])) && (end == b.len() || !is_word(b[end]))
}

fn try_ssn(b: &[u8], i: usize) -> Option<usize> {
    let end = fits(b, i, SSN_PATTERN)?;
    if free_standing(b, i, end) { Some(end) } else { None }
}

fn try_phone(b: &[u8], i: usize) -> Option<usize> {
    for prefix in PHONE_PREFIXES {
        let Some(body_at) = fits(b, i, prefix) else { continue };
        for body in PHONE_BODIES {
            if let Some(end) = fits(b, body_at, body) {
                if free_standing(b, i, end) {
                    return Some(end);
                }
            }
        }
    }
    None
}

fn try_card(b: &[u8], i: usize) -> Option<usize> {
    // 13..19 digits in a row (stop counting at 20: that is too many anyway)
    let mut j = i;
    while j < b.len() && j - i < 20 && b[j].is_ascii_digit() {
        j += 1;
    }
    let run = j - i;
    if (13..=19).contains(&run) && free_standing(b, i, j) && luhn_sum_ok(b[i..j].iter().map(|c| c - b'0')) {
        return Some(j);
    }
    for group in CARD_GROUPS {
        if let Some(end) = fits(b, i, group) {
            let digits = b[i..end].iter().filter(|c| c.is_ascii_digit()).map(|c| c - b'0');
            if free_standing(b, i, end) && luhn_sum_ok(digits) {
                return Some(end);
            }
        }
    }
    None
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// The end of `@domain` starting at the '@' at `at`, if the domain is acceptable.
fn domain_end(b: &[u8], at: usize) -> Option<usize> {
    let start = at + 1;
    let mut end = start;
    while end < b.len() && is_domain(b[end]) {
        end += 1;
    }
    while end > start && b[end - 1] == b'.' {
        end -= 1;
    }
    let domain = &b[start..end];
    if domain.is_empty() || !domain[0].is_ascii_alphanumeric() {
        return None;
    }
    let dot = domain.iter().rposition(|&c| c == b'.')?;
    let tld = &domain[dot + 1..];
    if tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) {
        Some(end)
    } else {
        None
    }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0; // bytes of `line` already copied or replaced
    let mut no_email_before = 0; // every start below this is inside a failed local-part run
    let mut i = 0;
    while i < b.len() {
        let mut hit: Option<(&str, usize)> = None;
        if i >= no_email_before && is_local(b[i]) {
            let mut j = i;
            while j < b.len() && is_local(b[j]) {
                j += 1;
            }
            let found = if j < b.len() && b[j] == b'@' { domain_end(b, j) } else { None };
            match found {
                Some(end) => hit = Some((EMAIL, end)),
                None => no_email_before = j,
            }
        }
        if hit.is_none() {
            hit = try_ssn(b, i).map(|e| (SSN, e));
        }
        if hit.is_none() {
            hit = try_phone(b, i).map(|e| (PHONE, e));
        }
        if hit.is_none() {
            hit = try_card(b, i).map(|e| (CARD, e));
        }
        match hit {
            Some((tag, end)) => {
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
