// learner: optimal
// idiom: Python-ish: free functions returning a match length (0 = no match), index while loops, helper is_digit_at, e-mail skip marker kept as a local in scrub
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.len() == 0 {
        return false;
    }
    let mut total = 0;
    let mut double = false;
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        if !(b'0'..=b'9').contains(&b[i]) {
            return false;
        }
        let mut d = (b[i] - b'0') as u32;
        if double {
            d = d * 2;
            if d > 9 {
                d = d - 9;
            }
        }
        total += d;
        double = !double;
    }
    return total % 10 == 0;
}

fn is_digit_at(b: &[u8], i: usize) -> bool {
    return i < b.len() && b[i] >= b'0' && b[i] <= b'9';
}

fn is_char_at(b: &[u8], i: usize, c: u8) -> bool {
    return i < b.len() && b[i] == c;
}

fn digits_at(b: &[u8], i: usize, count: usize) -> bool {
    let mut k = 0;
    while k < count {
        if !is_digit_at(b, i + k) {
            return false;
        }
        k += 1;
    }
    return true;
}

fn alnum_at(b: &[u8], i: usize) -> bool {
    return i < b.len() && b[i].is_ascii_alphanumeric();
}

fn boundary_ok(b: &[u8], start: usize, end: usize) -> bool {
    if start > 0 && alnum_at(b, start - 1) {
        return false;
    }
    if alnum_at(b, end) {
        return false;
    }
    return true;
}

fn ssn_len(b: &[u8], i: usize) -> usize {
    if digits_at(b, i, 3)
        && is_char_at(b, i + 3, b'-')
        && digits_at(b, i + 4, 2)
        && is_char_at(b, i + 6, b'-')
        && digits_at(b, i + 7, 4)
    {
        return 11;
    }
    return 0;
}

// phone without the +1 prefix
fn bare_phone_len(b: &[u8], i: usize) -> usize {
    if is_char_at(b, i, b'(') {
        if digits_at(b, i + 1, 3)
            && is_char_at(b, i + 4, b')')
            && is_char_at(b, i + 5, b' ')
            && digits_at(b, i + 6, 3)
            && is_char_at(b, i + 9, b'-')
            && digits_at(b, i + 10, 4)
        {
            return 14;
        }
        return 0;
    }
    if !digits_at(b, i, 3) || i + 3 >= b.len() {
        return 0;
    }
    let sep = b[i + 3];
    if sep != b'-' && sep != b'.' && sep != b' ' {
        return 0;
    }
    if digits_at(b, i + 4, 3) && is_char_at(b, i + 7, sep) && digits_at(b, i + 8, 4) {
        return 12;
    }
    return 0;
}

fn phone_len(b: &[u8], i: usize) -> usize {
    if is_char_at(b, i, b'+') && is_char_at(b, i + 1, b'1') && (is_char_at(b, i + 2, b' ') || is_char_at(b, i + 2, b'-')) {
        let rest = bare_phone_len(b, i + 3);
        if rest > 0 && boundary_ok(b, i, i + 3 + rest) {
            return 3 + rest;
        }
    }
    let rest = bare_phone_len(b, i);
    if rest > 0 && boundary_ok(b, i, i + rest) {
        return rest;
    }
    return 0;
}

fn card_len(line: &str, b: &[u8], i: usize) -> usize {
    // digits in a row: stop counting after 20, more can never be a card
    let mut n = 0;
    while n < 20 && is_digit_at(b, i + n) {
        n += 1;
    }
    if n >= 13 && n <= 19 && boundary_ok(b, i, i + n) && luhn_valid(&line[i..i + n]) {
        return n;
    }
    // four groups of four
    if n == 4 && i + 4 < b.len() && (b[i + 4] == b' ' || b[i + 4] == b'-') {
        let sep = b[i + 4];
        if digits_at(b, i + 5, 4)
            && is_char_at(b, i + 9, sep)
            && digits_at(b, i + 10, 4)
            && is_char_at(b, i + 14, sep)
            && digits_at(b, i + 15, 4)
            && boundary_ok(b, i, i + 19)
        {
            let mut digits = String::new();
            for g in [i, i + 5, i + 10, i + 15] {
                digits.push_str(&line[g..g + 4]);
            }
            if luhn_valid(&digits) {
                return 19;
            }
        }
    }
    return 0;
}

fn is_local_char(c: u8) -> bool {
    return c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-';
}

// returns (match length, end of the local-part run)
fn email_len(b: &[u8], i: usize) -> (usize, usize) {
    let mut j = i;
    while j < b.len() && is_local_char(b[j]) {
        j += 1;
    }
    if j == i || !is_char_at(b, j, b'@') {
        return (0, j);
    }
    let start = j + 1;
    let mut end = start;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'.' || b[end] == b'-') {
        end += 1;
    }
    while end > start && b[end - 1] == b'.' {
        end -= 1;
    }
    if end == start || !b[start].is_ascii_alphanumeric() {
        return (0, j);
    }
    // last label: letters only, at least 2, and there must be a dot before it
    let mut k = end;
    while k > start && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if end - k < 2 || k == start || b[k - 1] != b'.' {
        return (0, j);
    }
    return (end - i, j);
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut last = 0; // start of the text not copied yet
    let mut skip_email_until = 0;
    while i < b.len() {
        if b[i] >= 128 {
            i += 1;
            continue;
        }
        let mut found = 0;
        let mut tag = "";
        if i >= skip_email_until {
            let (len, run_end) = email_len(b, i);
            if len > 0 {
                found = len;
                tag = EMAIL;
            } else {
                skip_email_until = run_end;
            }
        }
        if found == 0 && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            let s = ssn_len(b, i);
            if s > 0 && boundary_ok(b, i, i + s) {
                found = s;
                tag = SSN;
            } else {
                let p = phone_len(b, i);
                if p > 0 {
                    found = p;
                    tag = PHONE;
                } else {
                    let c = card_len(line, b, i);
                    if c > 0 {
                        found = c;
                        tag = CARD;
                    }
                }
            }
        }
        if found > 0 {
            out.push_str(&line[last..i]);
            out.push_str(tag);
            i += found;
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[last..]);
    return out;
}
