// learner: slow
// idiom: Nix: every position is tried from scratch (`tryAt i` is a pure function of the line and i, no memo carried between positions), first shape wins
// why: on one long run of local-part bytes the e-mail attempt at each of the n starts re-reads the rest of the run: O(n^2) time, target O(n)

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

fn fits(b: &[u8], i: usize, shape: &[u8]) -> Option<usize> {
    if i + shape.len() > b.len() {
        return None;
    }
    for (k, &want) in shape.iter().enumerate() {
        let got = b[i + k];
        let ok = if want == b'd' { got.is_ascii_digit() } else { got == want };
        if !ok {
            return None;
        }
    }
    Some(i + shape.len())
}

fn free_at(b: &[u8], k: usize) -> bool {
    k >= b.len() || !b[k].is_ascii_alphanumeric()
}

fn luhn_of(ds: &[u8]) -> bool {
    let mut sum = 0;
    for (k, &c) in ds.iter().rev().enumerate() {
        let mut d = (c - b'0') as u32;
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

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()) && luhn_of(b)
}

fn email_at(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && local_byte(b[j]) {
        j += 1;
    }
    if j == i || j >= b.len() || b[j] != b'@' {
        return None;
    }
    let mut e = j + 1;
    while e < b.len() && domain_byte(b[e]) {
        e += 1;
    }
    while e > j + 1 && b[e - 1] == b'.' {
        e -= 1;
    }
    let dom = &b[j + 1..e];
    if dom.is_empty() || !dom[0].is_ascii_alphanumeric() {
        return None;
    }
    let dot = dom.iter().rposition(|&c| c == b'.')?;
    let tld = &dom[dot + 1..];
    if tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) { Some(e) } else { None }
}

fn try_at(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    if let Some(e) = email_at(b, i) {
        return Some((e, EMAIL));
    }
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    if let Some(e) = fits(b, i, b"ddd-dd-dddd").filter(|&e| free_at(b, e)) {
        return Some((e, SSN));
    }
    for pre in [&b""[..], b"+1 ", b"+1-"] {
        for body in [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"] {
            let Some(after) = fits(b, i, pre) else { continue };
            if let Some(e) = fits(b, after, body).filter(|&e| free_at(b, e)) {
                return Some((e, PHONE));
            }
        }
    }
    let mut n = 0;
    while n < 20 && i + n < b.len() && b[i + n].is_ascii_digit() {
        n += 1;
    }
    if (13..=19).contains(&n) && free_at(b, i + n) && luhn_of(&b[i..i + n]) {
        return Some((i + n, CARD));
    }
    for shape in [&b"dddd dddd dddd dddd"[..], b"dddd-dddd-dddd-dddd"] {
        if let Some(e) = fits(b, i, shape).filter(|&e| free_at(b, e)) {
            let ds: Vec<u8> = b[i..e].iter().copied().filter(|c| c.is_ascii_digit()).collect();
            if luhn_of(&ds) {
                return Some((e, CARD));
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::new();
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        match try_at(b, i) {
            Some((end, tag)) => {
                out.push_str(&line[from..i]);
                out.push_str(tag);
                i = end;
                from = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[from..]);
    out
}
