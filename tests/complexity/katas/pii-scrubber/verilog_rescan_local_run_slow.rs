// learner: slow
// idiom: verilog: straightforward byte scanner that re-runs the e-mail local-part matcher from every start position (no fail latch)
// why: misses scrub O(n): inside one long token of local-part bytes without '@', each start re-reads the rest of the run, O(n^2)
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
    let n = b.len();
    if n == 0 {
        return false;
    }
    let mut sum = 0u32;
    for k in 0..n {
        let c = b[n - 1 - k];
        if c < b'0' || c > b'9' {
            return false;
        }
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

fn an(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn dig(s: &[u8], p: usize) -> bool {
    p < s.len() && s[p].is_ascii_digit()
}

fn is_at(s: &[u8], p: usize, c: u8) -> bool {
    p < s.len() && s[p] == c
}

fn bound_after(s: &[u8], e: usize) -> bool {
    e >= s.len() || !an(s[e])
}

/// d-count digits starting at p
fn digs(s: &[u8], p: usize, cnt: usize) -> bool {
    for k in 0..cnt {
        if !dig(s, p + k) {
            return false;
        }
    }
    true
}

fn email_at(s: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < s.len() && (an(s[j]) || s[j] == b'.' || s[j] == b'_' || s[j] == b'%' || s[j] == b'+' || s[j] == b'-') {
        j += 1;
    }
    if j == i || !is_at(s, j, b'@') {
        return None;
    }
    let st = j + 1;
    let mut e = st;
    while e < s.len() && (an(s[e]) || s[e] == b'.' || s[e] == b'-') {
        e += 1;
    }
    while e > st && s[e - 1] == b'.' {
        e -= 1;
    }
    if e == st || !an(s[st]) {
        return None;
    }
    let mut k = e;
    while k > st && s[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if e - k >= 2 && k > st && s[k - 1] == b'.' {
        Some(e)
    } else {
        None
    }
}

fn ssn_at(s: &[u8], i: usize) -> Option<usize> {
    if digs(s, i, 3) && is_at(s, i + 3, b'-') && digs(s, i + 4, 2) && is_at(s, i + 6, b'-') && digs(s, i + 7, 4) && bound_after(s, i + 11) {
        Some(i + 11)
    } else {
        None
    }
}

fn phone_at(s: &[u8], i: usize) -> Option<usize> {
    let mut p = i;
    if is_at(s, i, b'+') && is_at(s, i + 1, b'1') && (is_at(s, i + 2, b' ') || is_at(s, i + 2, b'-')) {
        p = i + 3;
    }
    for sep in [b'-', b'.', b' '] {
        if digs(s, p, 3) && is_at(s, p + 3, sep) && digs(s, p + 4, 3) && is_at(s, p + 7, sep) && digs(s, p + 8, 4) && bound_after(s, p + 12) {
            return Some(p + 12);
        }
    }
    if is_at(s, p, b'(') && digs(s, p + 1, 3) && is_at(s, p + 4, b')') && is_at(s, p + 5, b' ') && digs(s, p + 6, 3) && is_at(s, p + 9, b'-') && digs(s, p + 10, 4) && bound_after(s, p + 14) {
        return Some(p + 14);
    }
    None
}

fn card_at(s: &[u8], i: usize, line: &str) -> Option<usize> {
    let mut j = i;
    while j < s.len() && j - i < 20 && s[j].is_ascii_digit() {
        j += 1;
    }
    if j - i >= 13 && j - i <= 19 && bound_after(s, j) && luhn_valid(&line[i..j]) {
        return Some(j);
    }
    for sep in [b' ', b'-'] {
        let mut ok = true;
        let mut packed = String::new();
        for g in 0..4 {
            let p = i + g * 5;
            if !digs(s, p, 4) || (g < 3 && !is_at(s, p + 4, sep)) {
                ok = false;
                break;
            }
            packed.push_str(&line[p..p + 4]);
        }
        if ok && bound_after(s, i + 19) && luhn_valid(&packed) {
            return Some(i + 19);
        }
    }
    None
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::new();
    let mut from = 0;
    let mut i = 0;
    while i < s.len() {
        let left = i == 0 || !an(s[i - 1]);
        let r = if let Some(e) = email_at(s, i) {
            Some((e, EMAIL))
        } else if !left {
            None
        } else if let Some(e) = ssn_at(s, i) {
            Some((e, SSN))
        } else if let Some(e) = phone_at(s, i) {
            Some((e, PHONE))
        } else if let Some(e) = card_at(s, i, line) {
            Some((e, CARD))
        } else {
            None
        };
        if let Some((e, tag)) = r {
            out.push_str(&line[from..i]);
            out.push_str(tag);
            from = e;
            i = e;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[from..]);
    out
}
