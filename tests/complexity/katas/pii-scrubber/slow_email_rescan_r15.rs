// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local part is re-read from every start inside one long token
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn luhn(ds: impl DoubleEndedIterator<Item = u8>) -> bool {
    let mut sum = 0u32;
    let mut second = false;
    for c in ds.rev() {
        let mut v = (c - b'0') as u32;
        if second {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
        second = !second;
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) && luhn(digits.bytes())
}

fn shape(b: &[u8], i: usize, pat: &str) -> Option<usize> {
    let p = pat.as_bytes();
    if i + p.len() > b.len() {
        return None;
    }
    for k in 0..p.len() {
        let ok = if p[k] == b'#' { b[i + k].is_ascii_digit() } else { b[i + k] == p[k] };
        if !ok {
            return None;
        }
    }
    Some(i + p.len())
}

fn email_at(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && (b[j].is_ascii_alphanumeric() || b"._%+-".contains(&b[j])) {
        j += 1;
    }
    if j == i || j == b.len() || b[j] != b'@' {
        return None;
    }
    let mut e = j + 1;
    while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'.' || b[e] == b'-') {
        e += 1;
    }
    while e > j + 1 && b[e - 1] == b'.' {
        e -= 1;
    }
    let dom = &b[j + 1..e];
    let dot = dom.iter().rposition(|&c| c == b'.')?;
    let tld = &dom[dot + 1..];
    if dom[0].is_ascii_alphanumeric() && tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) {
        Some(e)
    } else {
        None
    }
}

fn other_at(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let free = |e: usize| e == b.len() || !b[e].is_ascii_alphanumeric();
    if let Some(e) = shape(b, i, "###-##-####").filter(|&e| free(e)) {
        return Some((e, SSN));
    }
    let p = if shape(b, i, "+1 ").is_some() || shape(b, i, "+1-").is_some() { i + 3 } else { i };
    for pat in ["###-###-####", "###.###.####", "### ### ####", "(###) ###-####"] {
        if let Some(e) = shape(b, p, pat).filter(|&e| free(e)) {
            return Some((e, PHONE));
        }
    }
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) && free(i + run) && luhn(b[i..i + run].iter().copied()) {
        return Some((i + run, CARD));
    }
    for pat in ["#### #### #### ####", "####-####-####-####"] {
        if let Some(e) = shape(b, i, pat).filter(|&e| free(e)) {
            if luhn(b[i..e].iter().copied().filter(|c| c.is_ascii_digit())) {
                return Some((e, CARD));
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        let found = email_at(b, i).map(|e| (e, EMAIL)).or_else(|| other_at(b, i));
        if let Some((e, tag)) = found {
            out += &line[last..i];
            out += tag;
            i = e;
            last = e;
        } else {
            i += 1;
        }
    }
    out += &line[last..];
    out
}
