// learner: optimal
// idiom: per-position probe pipeline driven by an explicit Stage enum, hand-coded positional digit checks, Vec<u8> output buffer, email_fail_horizon
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut total = 0u32;
    let mut double = false;
    for &c in b.iter().rev() {
        if !(b'0'..=b'9').contains(&c) {
            return false;
        }
        let mut d = u32::from(c - b'0');
        if double {
            d = if d >= 5 { d * 2 - 9 } else { d * 2 };
        }
        total += d;
        double = !double;
    }
    total % 10 == 0
}

#[derive(Clone, Copy)]
enum Stage {
    Email,
    Ssn,
    Phone,
    Card,
    Keep,
}

fn digit(b: &[u8], p: usize) -> bool {
    p < b.len() && b[p].is_ascii_digit()
}

fn byte_is(b: &[u8], p: usize, want: u8) -> bool {
    p < b.len() && b[p] == want
}

fn digits(b: &[u8], p: usize, count: usize) -> bool {
    let mut k = 0;
    while k < count {
        if !digit(b, p + k) {
            return false;
        }
        k += 1;
    }
    true
}

fn word(b: &[u8], p: usize) -> bool {
    p < b.len() && b[p].is_ascii_alphanumeric()
}

fn left_ok(b: &[u8], p: usize) -> bool {
    p == 0 || !b[p - 1].is_ascii_alphanumeric()
}

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// (match end, local run end)
fn probe_email(b: &[u8], p: usize) -> (Option<usize>, usize) {
    let mut q = p;
    while q < b.len() && local_byte(b[q]) {
        q += 1;
    }
    if q == p || !byte_is(b, q, b'@') {
        return (None, q);
    }
    let start = q + 1;
    let mut end = start;
    let mut last_dot: Option<usize> = None;
    while end < b.len() && domain_byte(b[end]) {
        end += 1;
    }
    while end > start && b[end - 1] == b'.' {
        end -= 1;
    }
    if end == start || !b[start].is_ascii_alphanumeric() {
        return (None, q);
    }
    let mut r = start;
    while r < end {
        if b[r] == b'.' {
            last_dot = Some(r);
        }
        r += 1;
    }
    let dot = match last_dot {
        None => return (None, q),
        Some(d) => d,
    };
    if end - dot - 1 < 2 {
        return (None, q);
    }
    let mut s = dot + 1;
    while s < end {
        if !b[s].is_ascii_alphabetic() {
            return (None, q);
        }
        s += 1;
    }
    (Some(end), q)
}

fn probe_ssn(b: &[u8], p: usize) -> Option<usize> {
    let ok = digits(b, p, 3) && byte_is(b, p + 3, b'-') && digits(b, p + 4, 2) && byte_is(b, p + 6, b'-') && digits(b, p + 7, 4);
    if ok && !word(b, p + 11) { Some(p + 11) } else { None }
}

/// `ddd?ddd?dddd` with one separator, or `(ddd) ddd-dddd`; returns the end.
fn phone_body(b: &[u8], p: usize) -> Option<usize> {
    if byte_is(b, p, b'(') {
        let ok = digits(b, p + 1, 3) && byte_is(b, p + 4, b')') && byte_is(b, p + 5, b' ') && digits(b, p + 6, 3) && byte_is(b, p + 9, b'-') && digits(b, p + 10, 4);
        return if ok { Some(p + 14) } else { None };
    }
    if !digits(b, p, 3) || p + 3 >= b.len() {
        return None;
    }
    let sep = b[p + 3];
    if sep != b'-' && sep != b'.' && sep != b' ' {
        return None;
    }
    if digits(b, p + 4, 3) && byte_is(b, p + 7, sep) && digits(b, p + 8, 4) { Some(p + 12) } else { None }
}

fn probe_phone(b: &[u8], p: usize) -> Option<usize> {
    let body = if byte_is(b, p, b'+') && byte_is(b, p + 1, b'1') && (byte_is(b, p + 2, b' ') || byte_is(b, p + 2, b'-')) {
        phone_body(b, p + 3)
    } else {
        phone_body(b, p)
    };
    match body {
        Some(e) if !word(b, e) => Some(e),
        _ => None,
    }
}

fn luhn_skip_seps(b: &[u8]) -> bool {
    let mut total = 0u32;
    let mut double = false;
    for &c in b.iter().rev() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut d = u32::from(c - b'0');
        if double {
            d = if d >= 5 { d * 2 - 9 } else { d * 2 };
        }
        total += d;
        double = !double;
    }
    total % 10 == 0
}

fn probe_card(b: &[u8], p: usize) -> Option<usize> {
    if !digit(b, p) {
        return None;
    }
    // grouped: dddd?dddd?dddd?dddd with one separator
    if digits(b, p, 4) && p + 4 < b.len() && (b[p + 4] == b' ' || b[p + 4] == b'-') {
        let sep = b[p + 4];
        let grouped = digits(b, p + 5, 4) && byte_is(b, p + 9, sep) && digits(b, p + 10, 4) && byte_is(b, p + 14, sep) && digits(b, p + 15, 4);
        if grouped && !word(b, p + 19) && luhn_skip_seps(&b[p..p + 19]) {
            return Some(p + 19);
        }
    }
    let mut q = p;
    while q < b.len() && q - p < 20 && b[q].is_ascii_digit() {
        q += 1;
    }
    let run = q - p;
    if run >= 13 && run <= 19 && !word(b, q) && luhn_skip_seps(&b[p..q]) {
        Some(q)
    } else {
        None
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut page: Vec<u8> = Vec::with_capacity(b.len());
    let mut email_fail_horizon = 0usize;
    let mut p = 0usize;
    while p < b.len() {
        let mut stage = Stage::Email;
        let mut hit: Option<(usize, &str)> = None;
        let bounded_ok = left_ok(b, p);
        loop {
            match stage {
                Stage::Email => {
                    if p >= email_fail_horizon {
                        let (m, run_end) = probe_email(b, p);
                        match m {
                            Some(e) => {
                                hit = Some((e, EMAIL));
                                break;
                            }
                            None => email_fail_horizon = run_end,
                        }
                    }
                    stage = if bounded_ok { Stage::Ssn } else { Stage::Keep };
                }
                Stage::Ssn => {
                    if let Some(e) = probe_ssn(b, p) {
                        hit = Some((e, SSN));
                        break;
                    }
                    stage = Stage::Phone;
                }
                Stage::Phone => {
                    if let Some(e) = probe_phone(b, p) {
                        hit = Some((e, PHONE));
                        break;
                    }
                    stage = Stage::Card;
                }
                Stage::Card => {
                    if let Some(e) = probe_card(b, p) {
                        hit = Some((e, CARD));
                        break;
                    }
                    stage = Stage::Keep;
                }
                Stage::Keep => break,
            }
        }
        match hit {
            Some((end, tag)) => {
                page.extend_from_slice(tag.as_bytes());
                p = end;
            }
            None => {
                page.push(b[p]);
                p += 1;
            }
        }
    }
    // Only whole ASCII matches were replaced, every other byte copied in order.
    String::from_utf8(page).expect("scrubbed output is valid UTF-8")
}
