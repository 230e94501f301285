// learner: slow
// why: scrub is O(n^2) time, target O(n): a failed e-mail local-part run is re-read from every start inside it
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    let mut double = false;
    let mut k = b.len();
    while k > 0 {
        k -= 1;
        let c = b[k];
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
    }
    sum % 10 == 0
}

fn is_alnum(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_alphanumeric()
}

fn left_ok(b: &[u8], i: usize) -> bool {
    i == 0 || !b[i - 1].is_ascii_alphanumeric()
}

fn digits_at(b: &[u8], i: usize, count: usize) -> bool {
    i + count <= b.len() && b[i..i + count].iter().all(|c| c.is_ascii_digit())
}

fn byte_at(b: &[u8], i: usize, want: u8) -> bool {
    i < b.len() && b[i] == want
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// Returns Ok(end) on a match, Err(j) with the end of the local-part run otherwise.
fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < b.len() && is_local(b[j]) {
        j += 1;
    }
    if j == i || !byte_at(b, j, b'@') {
        return Err(j);
    }
    let start = j + 1;
    let mut end = start;
    while end < b.len() && is_domain(b[end]) {
        end += 1;
    }
    while end > start && b[end - 1] == b'.' {
        end -= 1;
    }
    if end == start || !b[start].is_ascii_alphanumeric() {
        return Err(j);
    }
    let dom = &b[start..end];
    let last_dot = match dom.iter().rposition(|&c| c == b'.') {
        Some(p) => p,
        None => return Err(j),
    };
    let tld = &dom[last_dot + 1..];
    if tld.len() < 2 || !tld.iter().all(|c| c.is_ascii_alphabetic()) {
        return Err(j);
    }
    Ok(end)
}

fn ssn(b: &[u8], i: usize) -> Option<usize> {
    if digits_at(b, i, 3)
        && byte_at(b, i + 3, b'-')
        && digits_at(b, i + 4, 2)
        && byte_at(b, i + 6, b'-')
        && digits_at(b, i + 7, 4)
        && !is_alnum(b, i + 11)
    {
        Some(i + 11)
    } else {
        None
    }
}

fn phone_body(b: &[u8], i: usize) -> Option<usize> {
    if byte_at(b, i, b'(') {
        if digits_at(b, i + 1, 3)
            && byte_at(b, i + 4, b')')
            && byte_at(b, i + 5, b' ')
            && digits_at(b, i + 6, 3)
            && byte_at(b, i + 9, b'-')
            && digits_at(b, i + 10, 4)
        {
            return Some(i + 14);
        }
        return None;
    }
    for sep in [b'-', b'.', b' '] {
        if digits_at(b, i, 3)
            && byte_at(b, i + 3, sep)
            && digits_at(b, i + 4, 3)
            && byte_at(b, i + 7, sep)
            && digits_at(b, i + 8, 4)
        {
            return Some(i + 12);
        }
    }
    None
}

fn phone(b: &[u8], i: usize) -> Option<usize> {
    let body = if byte_at(b, i, b'+') && byte_at(b, i + 1, b'1') && (byte_at(b, i + 2, b' ') || byte_at(b, i + 2, b'-')) {
        i + 3
    } else {
        i
    };
    let end = phone_body(b, body)?;
    if is_alnum(b, end) {
        None
    } else {
        Some(end)
    }
}

fn luhn_bytes(d: &[u8]) -> bool {
    // d holds only ASCII digits
    luhn_valid(std::str::from_utf8(d).unwrap_or(""))
}

fn card(b: &[u8], i: usize) -> Option<usize> {
    // contiguous digits, stop after 20
    let mut j = i;
    while j < b.len() && j - i < 20 && b[j].is_ascii_digit() {
        j += 1;
    }
    let len = j - i;
    if (13..=19).contains(&len) && !is_alnum(b, j) && luhn_bytes(&b[i..j]) {
        return Some(j);
    }
    for sep in [b' ', b'-'] {
        let ok = digits_at(b, i, 4)
            && byte_at(b, i + 4, sep)
            && digits_at(b, i + 5, 4)
            && byte_at(b, i + 9, sep)
            && digits_at(b, i + 10, 4)
            && byte_at(b, i + 14, sep)
            && digits_at(b, i + 15, 4)
            && !is_alnum(b, i + 19);
        if ok {
            let mut digits = [0u8; 16];
            let mut k = 0;
            for &c in &b[i..i + 19] {
                if c.is_ascii_digit() {
                    digits[k] = c;
                    k += 1;
                }
            }
            if luhn_bytes(&digits) {
                return Some(i + 19);
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        let mut hit: Option<(usize, &str)> = None;
        if let Ok(end) = email(b, i) {
            hit = Some((end, EMAIL));
        }
        if hit.is_none() && left_ok(b, i) {
            if let Some(end) = ssn(b, i) {
                hit = Some((end, SSN));
            } else if let Some(end) = phone(b, i) {
                hit = Some((end, PHONE));
            } else if let Some(end) = card(b, i) {
                hit = Some((end, CARD));
            }
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                i = end;
                copied = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
