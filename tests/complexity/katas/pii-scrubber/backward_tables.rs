// learner: optimal
// idiom: precomputed right-to-left run tables (local-part end, digit-run end), match-heavy on bytes, index loops
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    let mut total = 0u32;
    let mut double = false;
    let mut idx = bytes.len();
    if idx == 0 {
        return false;
    }
    while idx > 0 {
        idx -= 1;
        let v = match bytes[idx] {
            c @ b'0'..=b'9' => (c - b'0') as u32,
            _ => return false,
        };
        total += match (double, v * 2) {
            (true, d) if d > 9 => d - 9,
            (true, d) => d,
            (false, _) => v,
        };
        double = !double;
    }
    total % 10 == 0
}

fn is_local(c: u8) -> bool {
    match c {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'_' | b'%' | b'+' | b'-' => true,
        _ => false,
    }
}

fn is_dom(c: u8) -> bool {
    match c {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-' => true,
        _ => false,
    }
}

fn alnum_at(b: &[u8], k: usize) -> bool {
    k < b.len() && b[k].is_ascii_alphanumeric()
}

/// digits at b[k..k+len]
fn digits(b: &[u8], k: usize, len: usize, dig_end: &[usize]) -> bool {
    k + len <= b.len() && dig_end[k] >= k + len
}

fn byte_is(b: &[u8], k: usize, want: u8) -> bool {
    k < b.len() && b[k] == want
}

fn luhn_range(b: &[u8], from: usize, to: usize) -> bool {
    let mut total = 0u32;
    let mut double = false;
    for k in (from..to).rev() {
        let v = match b[k] {
            c @ b'0'..=b'9' => (c - b'0') as u32,
            _ => continue,
        };
        total += if double { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v };
        double = !double;
    }
    total % 10 == 0
}

fn email_at(b: &[u8], i: usize, local_end: &[usize]) -> Option<usize> {
    let j = local_end[i];
    if j == i || !byte_is(b, j, b'@') {
        return None;
    }
    let d0 = j + 1;
    let mut e = d0;
    while e < b.len() && is_dom(b[e]) {
        e += 1;
    }
    while e > d0 && b[e - 1] == b'.' {
        e -= 1;
    }
    if e == d0 || !b[d0].is_ascii_alphanumeric() {
        return None;
    }
    let mut k = e;
    while k > d0 && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    match (e - k >= 2, k > d0 && b[k - 1] == b'.') {
        (true, true) => Some(e),
        _ => None,
    }
}

fn ssn_at(b: &[u8], i: usize, de: &[usize]) -> Option<usize> {
    let ok = digits(b, i, 3, de) && byte_is(b, i + 3, b'-') && digits(b, i + 4, 2, de)
        && byte_is(b, i + 6, b'-') && digits(b, i + 7, 4, de) && !alnum_at(b, i + 11);
    if ok { Some(i + 11) } else { None }
}

fn phone_body(b: &[u8], p: usize, de: &[usize]) -> Option<usize> {
    if byte_is(b, p, b'(') {
        let ok = digits(b, p + 1, 3, de) && byte_is(b, p + 4, b')') && byte_is(b, p + 5, b' ')
            && digits(b, p + 6, 3, de) && byte_is(b, p + 9, b'-') && digits(b, p + 10, 4, de);
        return if ok && !alnum_at(b, p + 14) { Some(p + 14) } else { None };
    }
    if !digits(b, p, 3, de) || p + 3 >= b.len() {
        return None;
    }
    let sep = match b[p + 3] {
        s @ (b'-' | b'.' | b' ') => s,
        _ => return None,
    };
    let ok = digits(b, p + 4, 3, de) && byte_is(b, p + 7, sep) && digits(b, p + 8, 4, de) && !alnum_at(b, p + 12);
    if ok { Some(p + 12) } else { None }
}

fn phone_at(b: &[u8], i: usize, de: &[usize]) -> Option<usize> {
    let prefixed = byte_is(b, i, b'+') && byte_is(b, i + 1, b'1') && (byte_is(b, i + 2, b' ') || byte_is(b, i + 2, b'-'));
    phone_body(b, if prefixed { i + 3 } else { i }, de)
}

fn card_at(b: &[u8], i: usize, de: &[usize]) -> Option<usize> {
    let run = de[i] - i;
    if (13..=19).contains(&run) && !alnum_at(b, de[i]) && luhn_range(b, i, de[i]) {
        return Some(de[i]);
    }
    if run != 4 || i + 4 >= b.len() {
        return None;
    }
    let sep = b[i + 4];
    if sep != b' ' && sep != b'-' {
        return None;
    }
    let ok = digits(b, i + 5, 4, de) && byte_is(b, i + 9, sep) && digits(b, i + 10, 4, de)
        && byte_is(b, i + 14, sep) && digits(b, i + 15, 4, de) && !alnum_at(b, i + 19);
    if ok && luhn_range(b, i, i + 19) { Some(i + 19) } else { None }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    // local_end[i] = end of the local-part run starting at i; dig_end[i] likewise for digits
    let mut local_end = vec![n; n + 1];
    let mut dig_end = vec![n; n + 1];
    for i in (0..n).rev() {
        local_end[i] = if is_local(b[i]) { local_end[i + 1] } else { i };
        dig_end[i] = if b[i].is_ascii_digit() { dig_end[i + 1] } else { i };
    }

    let mut out = String::with_capacity(n);
    let mut flushed = 0;
    let mut skip_email = 0; // a failed run fails from every start inside it: the domain is the same
    let mut i = 0;
    while i < n {
        let mut found = None;
        if i >= skip_email {
            found = email_at(b, i, &local_end).map(|e| (e, EMAIL));
            if found.is_none() {
                skip_email = local_end[i];
            }
        }
        if found.is_none() && !(i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            found = ssn_at(b, i, &dig_end).map(|e| (e, SSN));
            if found.is_none() {
                found = phone_at(b, i, &dig_end).map(|e| (e, PHONE));
            }
            if found.is_none() {
                found = card_at(b, i, &dig_end).map(|e| (e, CARD));
            }
        }
        match found {
            Some((end, tag)) => {
                out.push_str(&line[flushed..i]);
                out.push_str(tag);
                i = end;
                flushed = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[flushed..]);
    out
}
