// learner: optimal
// idiom: Nix: compute everything up front as lookup tables (a `foldr` building `runEnd` right to left, and an attrset `mailEndAt."${toString atPos}"` from `listToAttrs`), then the scan only does O(1) lookups
// why: runEnd is one right-to-left pass, each '@' domain is scanned once (domains end at the next '@', so they never overlap): O(n) time and O(n) table space, the same order as the output

use std::collections::HashMap;

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

fn word(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// runEnd = foldr (i: acc: [ (if isLocal b.${i} then head acc else i) ] ++ acc) [ n ] (range 0 (n-1))
fn run_end_table(b: &[u8]) -> Vec<usize> {
    let n = b.len();
    let mut t = vec![n; n + 1];
    for i in (0..n).rev() {
        t[i] = if local_byte(b[i]) { t[i + 1] } else { i };
    }
    t
}

/// for an '@' at `at`, where the e-mail would end (None if the domain is no good)
fn mail_end_after(b: &[u8], at: usize) -> Option<usize> {
    let d0 = at + 1;
    let mut e = d0;
    while e < b.len() && domain_byte(b[e]) {
        e += 1;
    }
    while e > d0 && b[e - 1] == b'.' {
        e -= 1;
    }
    let dom = &b[d0..e];
    if dom.is_empty() || !dom[0].is_ascii_alphanumeric() {
        return None;
    }
    let dot = dom.iter().rposition(|&c| c == b'.')?;
    let tld = &dom[dot + 1..];
    if tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) { Some(e) } else { None }
}

fn mail_table(b: &[u8]) -> HashMap<usize, usize> {
    (0..b.len())
        .filter(|&k| b[k] == b'@')
        .filter_map(|k| mail_end_after(b, k).map(|e| (k, e)))
        .collect()
}

fn digit(b: &[u8], k: usize) -> bool {
    k < b.len() && b[k].is_ascii_digit()
}

fn digits(b: &[u8], from: usize, count: usize) -> bool {
    (from..from + count).all(|k| digit(b, k))
}

fn byte_is(b: &[u8], k: usize, c: u8) -> bool {
    k < b.len() && b[k] == c
}

fn free_at(b: &[u8], k: usize) -> bool {
    k >= b.len() || !word(b[k])
}

fn ssn_at(b: &[u8], i: usize) -> Option<usize> {
    let ok = digits(b, i, 3) && byte_is(b, i + 3, b'-') && digits(b, i + 4, 2) && byte_is(b, i + 6, b'-') && digits(b, i + 7, 4);
    if ok && free_at(b, i + 11) { Some(i + 11) } else { None }
}

fn phone_body(b: &[u8], i: usize) -> Option<usize> {
    for sep in [b'-', b'.', b' '] {
        if digits(b, i, 3) && byte_is(b, i + 3, sep) && digits(b, i + 4, 3) && byte_is(b, i + 7, sep) && digits(b, i + 8, 4) {
            return Some(i + 12);
        }
    }
    if byte_is(b, i, b'(') && digits(b, i + 1, 3) && byte_is(b, i + 4, b')') && byte_is(b, i + 5, b' ')
        && digits(b, i + 6, 3) && byte_is(b, i + 9, b'-') && digits(b, i + 10, 4)
    {
        return Some(i + 14);
    }
    None
}

fn phone_at(b: &[u8], i: usize) -> Option<usize> {
    let body_from = if byte_is(b, i, b'+') && byte_is(b, i + 1, b'1') && (byte_is(b, i + 2, b' ') || byte_is(b, i + 2, b'-')) {
        i + 3
    } else {
        i
    };
    phone_body(b, body_from).filter(|&e| free_at(b, e))
}

fn luhn_bytes(ds: impl DoubleEndedIterator<Item = u8>) -> bool {
    let mut sum = 0u32;
    let mut second = false;
    for c in ds.rev() {
        let mut d = (c - b'0') as u32;
        if second {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        second = !second;
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()) && luhn_bytes(b.iter().copied())
}

fn card_at(b: &[u8], i: usize) -> Option<usize> {
    let mut n = 0;
    while n < 20 && digit(b, i + n) {
        n += 1;
    }
    if (13..=19).contains(&n) && free_at(b, i + n) && luhn_bytes(b[i..i + n].iter().copied()) {
        return Some(i + n);
    }
    for sep in [b' ', b'-'] {
        let shaped = (0..4).all(|g| digits(b, i + 5 * g, 4) && (g == 3 || byte_is(b, i + 5 * g + 4, sep)));
        if shaped && free_at(b, i + 19) && luhn_bytes(b[i..i + 19].iter().copied().filter(|c| c.is_ascii_digit())) {
            return Some(i + 19);
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let run_end = run_end_table(b);
    let mail_end = mail_table(b);
    let mut out = String::with_capacity(line.len());
    let mut from = 0;
    let mut i = 0;
    while i < b.len() {
        let j = run_end[i];
        let hit = if j > i && byte_is(b, j, b'@') {
            mail_end.get(&j).map(|&e| (e, EMAIL))
        } else {
            None
        };
        let hit = hit.or_else(|| {
            if i > 0 && word(b[i - 1]) {
                None
            } else {
                ssn_at(b, i).map(|e| (e, SSN))
                    .or_else(|| phone_at(b, i).map(|e| (e, PHONE)))
                    .or_else(|| card_at(b, i).map(|e| (e, CARD)))
            }
        });
        if let Some((end, tag)) = hit {
            out.push_str(&line[from..i]);
            out.push_str(tag);
            from = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[from..]);
    out
}
