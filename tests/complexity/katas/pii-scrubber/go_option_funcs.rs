// learner: optimal
// idiom: Go dev using iterators: free functions returning Option<usize> end, take_while().count() for runs, a table of (matcher, tag) pairs tried in order
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn luhn_iter<I: DoubleEndedIterator<Item = u8>>(digits: I) -> bool {
    let mut count = 0usize;
    let mut sum = 0u32;
    for (idx, c) in digits.rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let d = u32::from(c - b'0');
        sum += if idx % 2 == 1 {
            let x = d * 2;
            if x > 9 { x - 9 } else { x }
        } else {
            d
        };
        count += 1;
    }
    count > 0 && sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    luhn_iter(digits.bytes())
}

fn alnum_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(|c| c.is_ascii_alphanumeric())
}

/// 'd' matches a digit, everything else itself.
fn shape_end(b: &[u8], i: usize, pat: &str) -> Option<usize> {
    let end = i + pat.len();
    let window = b.get(i..end)?;
    let ok = window
        .iter()
        .zip(pat.bytes())
        .all(|(&c, p)| if p == b'd' { c.is_ascii_digit() } else { c == p });
    if ok && !alnum_at(b, end) { Some(end) } else { None }
}

fn left_clear(b: &[u8], i: usize) -> bool {
    i == 0 || !b[i - 1].is_ascii_alphanumeric()
}

fn ssn(b: &[u8], i: usize) -> Option<usize> {
    if !left_clear(b, i) {
        return None;
    }
    shape_end(b, i, "ddd-dd-dddd")
}

fn phone(b: &[u8], i: usize) -> Option<usize> {
    if !left_clear(b, i) {
        return None;
    }
    let body = if b.get(i..i + 3) == Some(b"+1 ") || b.get(i..i + 3) == Some(b"+1-") { i + 3 } else { i };
    ["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"]
        .iter()
        .filter_map(|p| shape_end(b, body, p))
        .next()
}

fn card(b: &[u8], i: usize) -> Option<usize> {
    if !left_clear(b, i) {
        return None;
    }
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) && !alnum_at(b, i + run) {
        return luhn_iter(b[i..i + run].iter().copied()).then_some(i + run);
    }
    let end = shape_end(b, i, "dddd dddd dddd dddd").or_else(|| shape_end(b, i, "dddd-dddd-dddd-dddd"))?;
    luhn_iter(b[i..end].iter().copied().filter(|c| c.is_ascii_digit())).then_some(end)
}

fn local_char(c: &u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(c)
}

fn domain_char(c: &u8) -> bool {
    c.is_ascii_alphanumeric() || *c == b'.' || *c == b'-'
}

/// Ok(end) on a match; Err(j) with j the end of the local-part run otherwise.
fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let j = i + b[i..].iter().take_while(|c| local_char(c)).count();
    if j == i || b.get(j) != Some(&b'@') {
        return Err(j.max(i + 1));
    }
    let start = j + 1;
    let raw_end = start + b[start..].iter().take_while(|c| domain_char(c)).count();
    let end = start + b[start..raw_end].iter().rposition(|&c| c != b'.').map_or(0, |p| p + 1);
    let domain = &b[start..end];
    let first_ok = domain.first().is_some_and(|c| c.is_ascii_alphanumeric());
    let tld_len = domain.iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    let tld_ok = tld_len >= 2 && tld_len < domain.len() && domain[domain.len() - tld_len - 1] == b'.';
    if first_ok && tld_ok { Ok(end) } else { Err(j) }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let fixed: [(fn(&[u8], usize) -> Option<usize>, &str); 3] = [(ssn, SSN), (phone, PHONE), (card, CARD)];
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    let mut i = 0;
    let mut email_blocked_until = 0;
    while i < b.len() {
        let mut found = None;
        if i >= email_blocked_until {
            match email(b, i) {
                Ok(end) => found = Some((end, EMAIL)),
                Err(j) => email_blocked_until = j,
            }
        }
        if found.is_none() {
            found = fixed.iter().filter_map(|(m, tag)| m(b, i).map(|e| (e, *tag))).next();
        }
        if let Some((end, tag)) = found {
            out += &line[last..i];
            out += tag;
            last = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out += &line[last..];
    out
}
