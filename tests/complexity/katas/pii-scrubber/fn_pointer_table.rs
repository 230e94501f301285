// learner: optimal
// idiom: C-programmer style: byte-index while loop, free functions returning Option<match length>, a const table of fn pointers for the bounded shapes, failed e-mail run end remembered in a local
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'%' || b == b'+' || b == b'-'
}

fn is_dom(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

fn dig(s: &[u8], i: usize) -> bool {
    i < s.len() && s[i].is_ascii_digit()
}

fn digits(s: &[u8], i: usize, n: usize) -> bool {
    let mut k = 0;
    while k < n {
        if !dig(s, i + k) {
            return false;
        }
        k += 1;
    }
    true
}

fn at(s: &[u8], i: usize, c: u8) -> bool {
    i < s.len() && s[i] == c
}

fn free_after(s: &[u8], end: usize) -> bool {
    end >= s.len() || !s[end].is_ascii_alphanumeric()
}

fn luhn_sum(vals: &[u8], count: usize) -> bool {
    let mut sum = 0u32;
    let mut k = 0;
    while k < count {
        let mut d = vals[count - 1 - k] as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        k += 1;
    }
    count > 0 && sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    let mut k = 0;
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        if !b[i].is_ascii_digit() {
            return false;
        }
        let mut d = (b[i] - b'0') as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        k += 1;
    }
    sum % 10 == 0
}

// Ok(len) on a match, Err(end of the local-part run) on a failure
fn email(s: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < s.len() && is_local(s[j]) {
        j += 1;
    }
    if j == i || !at(s, j, b'@') {
        return Err(j);
    }
    let d0 = j + 1;
    let mut e = d0;
    while e < s.len() && is_dom(s[e]) {
        e += 1;
    }
    while e > d0 && s[e - 1] == b'.' {
        e -= 1;
    }
    if e == d0 || !s[d0].is_ascii_alphanumeric() {
        return Err(j);
    }
    let mut last_dot = None;
    let mut p = d0;
    while p < e {
        if s[p] == b'.' {
            last_dot = Some(p);
        }
        p += 1;
    }
    let ld = match last_dot {
        Some(x) => x,
        None => return Err(j),
    };
    if e - ld - 1 < 2 {
        return Err(j);
    }
    let mut q = ld + 1;
    while q < e {
        if !s[q].is_ascii_alphabetic() {
            return Err(j);
        }
        q += 1;
    }
    Ok(e - i)
}

fn ssn(s: &[u8], i: usize) -> Option<usize> {
    if digits(s, i, 3) && at(s, i + 3, b'-') && digits(s, i + 4, 2) && at(s, i + 6, b'-') && digits(s, i + 7, 4) && free_after(s, i + 11) {
        return Some(11);
    }
    None
}

fn phone_body(s: &[u8], i: usize) -> Option<usize> {
    if at(s, i, b'(') {
        if digits(s, i + 1, 3) && at(s, i + 4, b')') && at(s, i + 5, b' ') && digits(s, i + 6, 3) && at(s, i + 9, b'-') && digits(s, i + 10, 4) {
            return Some(14);
        }
        return None;
    }
    if !digits(s, i, 3) || i + 3 >= s.len() {
        return None;
    }
    let sep = s[i + 3];
    if sep != b'-' && sep != b'.' && sep != b' ' {
        return None;
    }
    if digits(s, i + 4, 3) && at(s, i + 7, sep) && digits(s, i + 8, 4) {
        return Some(12);
    }
    None
}

fn phone(s: &[u8], i: usize) -> Option<usize> {
    if at(s, i, b'+') && at(s, i + 1, b'1') && (at(s, i + 2, b' ') || at(s, i + 2, b'-')) {
        if let Some(n) = phone_body(s, i + 3) {
            if free_after(s, i + 3 + n) {
                return Some(3 + n);
            }
        }
    }
    match phone_body(s, i) {
        Some(n) if free_after(s, i + n) => Some(n),
        _ => None,
    }
}

fn card(s: &[u8], i: usize) -> Option<usize> {
    let mut vals = [0u8; 19];
    let mut n = 0;
    while n < 20 && dig(s, i + n) {
        if n < 19 {
            vals[n] = s[i + n] - b'0';
        }
        n += 1;
    }
    if (13..=19).contains(&n) {
        if free_after(s, i + n) && luhn_sum(&vals, n) {
            return Some(n);
        }
        return None;
    }
    if n != 4 || i + 4 >= s.len() {
        return None;
    }
    let sep = s[i + 4];
    if sep != b' ' && sep != b'-' {
        return None;
    }
    let mut g = 0;
    while g < 4 {
        let start = i + g * 5;
        if !digits(s, start, 4) {
            return None;
        }
        if g < 3 && !at(s, start + 4, sep) {
            return None;
        }
        let mut t = 0;
        while t < 4 {
            vals[g * 4 + t] = s[start + t] - b'0';
            t += 1;
        }
        g += 1;
    }
    if free_after(s, i + 19) && luhn_sum(&vals, 16) {
        return Some(19);
    }
    None
}

type Shape = fn(&[u8], usize) -> Option<usize>;
const BOUNDED: [(Shape, &str); 3] = [(ssn, SSN), (phone, PHONE), (card, CARD)];

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let mut out = String::with_capacity(n);
    let mut copied = 0;
    let mut i = 0;
    let mut dead_until = 0; // e-mail attempts before this index fail
    while i < n {
        let mut hit: Option<(usize, &str)> = None;
        if i >= dead_until && is_local(s[i]) {
            match email(s, i) {
                Ok(len) => hit = Some((len, EMAIL)),
                Err(end) => dead_until = end,
            }
        }
        if hit.is_none() && (i == 0 || !s[i - 1].is_ascii_alphanumeric()) {
            for (f, tag) in BOUNDED.iter() {
                if let Some(len) = f(s, i) {
                    hit = Some((len, tag));
                    break;
                }
            }
        }
        match hit {
            Some((len, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                i += len;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
