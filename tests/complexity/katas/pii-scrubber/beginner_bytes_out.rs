// learner: optimal
// idiom: beginner free functions with index while-loops, Vec<u8> output pushed byte by byte, explicit returns
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.len() == 0 {
        return false;
    }
    for c in bytes {
        if !c.is_ascii_digit() {
            return false;
        }
    }
    return luhn_bytes(bytes);
}

// bytes are all digits here
fn luhn_bytes(bytes: &[u8]) -> bool {
    let mut sum = 0;
    let mut double = false;
    let mut i = bytes.len();
    while i > 0 {
        i = i - 1;
        let mut d = (bytes[i] - b'0') as u32;
        if double {
            d = d * 2;
            if d > 9 {
                d = d - 9;
            }
        }
        sum = sum + d;
        double = !double;
    }
    return sum % 10 == 0;
}

fn is_digit_at(b: &[u8], i: usize) -> bool {
    if i >= b.len() {
        return false;
    }
    return b[i] >= b'0' && b[i] <= b'9';
}

fn is_byte_at(b: &[u8], i: usize, want: u8) -> bool {
    if i >= b.len() {
        return false;
    }
    return b[i] == want;
}

fn digits_at(b: &[u8], i: usize, count: usize) -> bool {
    let mut k = 0;
    while k < count {
        if !is_digit_at(b, i + k) {
            return false;
        }
        k = k + 1;
    }
    return true;
}

fn free_before(b: &[u8], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    return !b[i - 1].is_ascii_alphanumeric();
}

fn free_after(b: &[u8], end: usize) -> bool {
    if end >= b.len() {
        return true;
    }
    return !b[end].is_ascii_alphanumeric();
}

fn try_ssn(b: &[u8], i: usize) -> usize {
    if !free_before(b, i) {
        return 0;
    }
    if digits_at(b, i, 3) && is_byte_at(b, i + 3, b'-') && digits_at(b, i + 4, 2) && is_byte_at(b, i + 6, b'-') && digits_at(b, i + 7, 4) {
        if free_after(b, i + 11) {
            return i + 11;
        }
    }
    return 0;
}

fn try_phone(b: &[u8], i: usize) -> usize {
    if !free_before(b, i) {
        return 0;
    }
    let mut p = i;
    if is_byte_at(b, p, b'+') && is_byte_at(b, p + 1, b'1') && (is_byte_at(b, p + 2, b' ') || is_byte_at(b, p + 2, b'-')) {
        p = p + 3;
    }
    let mut end = 0;
    if is_byte_at(b, p, b'(') {
        if digits_at(b, p + 1, 3) && is_byte_at(b, p + 4, b')') && is_byte_at(b, p + 5, b' ') && digits_at(b, p + 6, 3) && is_byte_at(b, p + 9, b'-') && digits_at(b, p + 10, 4) {
            end = p + 14;
        }
    } else if digits_at(b, p, 3) && p + 3 < b.len() {
        let sep = b[p + 3];
        if sep == b'-' || sep == b'.' || sep == b' ' {
            if digits_at(b, p + 4, 3) && is_byte_at(b, p + 7, sep) && digits_at(b, p + 8, 4) {
                end = p + 12;
            }
        }
    }
    if end != 0 && free_after(b, end) {
        return end;
    }
    return 0;
}

fn try_card(b: &[u8], i: usize) -> usize {
    if !free_before(b, i) {
        return 0;
    }
    // contiguous digits, never read more than 20
    let mut run = 0;
    while run < 20 && is_digit_at(b, i + run) {
        run = run + 1;
    }
    if run >= 13 && run <= 19 {
        if free_after(b, i + run) && luhn_bytes(&b[i..i + run]) {
            return i + run;
        }
        return 0;
    }
    // grouped 4x4
    if run == 4 && i + 4 < b.len() {
        let sep = b[i + 4];
        if sep == b' ' || sep == b'-' {
            if digits_at(b, i + 5, 4) && is_byte_at(b, i + 9, sep) && digits_at(b, i + 10, 4) && is_byte_at(b, i + 14, sep) && digits_at(b, i + 15, 4) {
                let mut digits: Vec<u8> = Vec::new();
                for k in i..i + 19 {
                    if b[k] != sep {
                        digits.push(b[k]);
                    }
                }
                if free_after(b, i + 19) && luhn_bytes(&digits) {
                    return i + 19;
                }
            }
        }
    }
    return 0;
}

fn is_local(c: u8) -> bool {
    if c.is_ascii_alphanumeric() {
        return true;
    }
    if c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-' {
        return true;
    }
    return false;
}

fn is_domain(c: u8) -> bool {
    return c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
}

// returns (end of match or 0, where the local run stopped)
fn try_email(b: &[u8], i: usize) -> (usize, usize) {
    let mut j = i;
    while j < b.len() && is_local(b[j]) {
        j = j + 1;
    }
    if j == i || j >= b.len() || b[j] != b'@' {
        return (0, j);
    }
    let start = j + 1;
    let mut end = start;
    while end < b.len() && is_domain(b[end]) {
        end = end + 1;
    }
    while end > start && b[end - 1] == b'.' {
        end = end - 1;
    }
    if end == start {
        return (0, j);
    }
    if !b[start].is_ascii_alphanumeric() {
        return (0, j);
    }
    // last label
    let mut dot = end;
    let mut found_dot = false;
    while dot > start {
        dot = dot - 1;
        if b[dot] == b'.' {
            found_dot = true;
            break;
        }
    }
    if !found_dot {
        return (0, j);
    }
    let label_len = end - dot - 1;
    if label_len < 2 {
        return (0, j);
    }
    for k in dot + 1..end {
        if !b[k].is_ascii_alphabetic() {
            return (0, j);
        }
    }
    return (end, j);
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut skip_email_until = 0;
    while i < b.len() {
        if i >= skip_email_until {
            let (end, stop) = try_email(b, i);
            if end != 0 {
                out.extend_from_slice(EMAIL.as_bytes());
                i = end;
                continue;
            } else {
                // every start before `stop` reaches the same stop and fails the same way
                skip_email_until = stop;
            }
        }
        let end = try_ssn(b, i);
        if end != 0 {
            out.extend_from_slice(SSN.as_bytes());
            i = end;
            continue;
        }
        let end = try_phone(b, i);
        if end != 0 {
            out.extend_from_slice(PHONE.as_bytes());
            i = end;
            continue;
        }
        let end = try_card(b, i);
        if end != 0 {
            out.extend_from_slice(CARD.as_bytes());
            i = end;
            continue;
        }
        out.push(b[i]);
        i = i + 1;
    }
    return String::from_utf8(out).unwrap();
}
