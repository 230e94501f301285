// learner: slow
// why: scrub is O(n^2) time, target O(n): the card check counts the whole digit run from every position before looking at the boundaries
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut total = 0;
    for (k, c) in digits.bytes().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let v = (c - b'0') as u32;
        total += if k % 2 == 1 { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v };
    }
    total % 10 == 0
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'%' || b == b'+' || b == b'-'
}

fn try_email(s: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < s.len() && is_local(s[j]) {
        j += 1;
    }
    if j == i || j >= s.len() || s[j] != b'@' {
        return Err(j);
    }
    let start = j + 1;
    let mut end = start;
    while end < s.len() && (s[end].is_ascii_alphanumeric() || s[end] == b'.' || s[end] == b'-') {
        end += 1;
    }
    while end > start && s[end - 1] == b'.' {
        end -= 1;
    }
    if end == start || !s[start].is_ascii_alphanumeric() {
        return Err(j);
    }
    let mut k = end;
    while k > start && s[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if end - k >= 2 && k > start && s[k - 1] == b'.' {
        Ok(end)
    } else {
        Err(j)
    }
}

fn glued(s: &[u8], i: usize) -> bool {
    i < s.len() && s[i].is_ascii_alphanumeric()
}

fn left_glued(s: &[u8], i: usize) -> bool {
    i > 0 && s[i - 1].is_ascii_alphanumeric()
}

fn pattern(s: &[u8], i: usize, p: &[u8]) -> bool {
    if i + p.len() > s.len() {
        return false;
    }
    p.iter().zip(&s[i..]).all(|(&want, &got)| if want == b'd' { got.is_ascii_digit() } else { want == got })
}

fn try_fixed(s: &[u8], i: usize, shapes: &[&[u8]]) -> Option<usize> {
    if left_glued(s, i) {
        return None;
    }
    for p in shapes {
        if pattern(s, i, p) && !glued(s, i + p.len()) {
            return Some(i + p.len());
        }
    }
    None
}

fn try_phone(s: &[u8], i: usize) -> Option<usize> {
    let bodies: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    if let Some(e) = try_fixed(s, i, &bodies) {
        return Some(e);
    }
    if !left_glued(s, i) && (pattern(s, i, b"+1 ") || pattern(s, i, b"+1-")) {
        for p in bodies {
            if pattern(s, i + 3, p) && !glued(s, i + 3 + p.len()) {
                return Some(i + 3 + p.len());
            }
        }
    }
    None
}

fn try_card(line: &str, i: usize) -> Option<usize> {
    let s = line.as_bytes();
    // how many digits in a row start here?
    let mut j = i;
    while j < s.len() && s[j].is_ascii_digit() {
        j += 1;
    }
    let run = j - i;
    if run >= 13 && run <= 19 && !left_glued(s, i) && !glued(s, j) && luhn_valid(&line[i..j]) {
        return Some(j);
    }
    let grouped: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];
    let end = try_fixed(s, i, &grouped)?;
    let digits: String = line[i..end].chars().filter(|c| c.is_ascii_digit()).collect();
    if luhn_valid(&digits) { Some(end) } else { None }
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut plain_from = 0;
    let mut i = 0;
    let mut skip_email_to = 0;
    while i < s.len() {
        let mut hit: Option<(usize, &str)> = None;
        if i >= skip_email_to {
            match try_email(s, i) {
                Ok(e) => hit = Some((e, EMAIL)),
                Err(j) => skip_email_to = j,
            }
        }
        if hit.is_none() {
            hit = try_fixed(s, i, &[b"ddd-dd-dddd"]).map(|e| (e, SSN));
        }
        if hit.is_none() {
            hit = try_phone(s, i).map(|e| (e, PHONE));
        }
        if hit.is_none() {
            hit = try_card(line, i).map(|e| (e, CARD));
        }
        if let Some((end, tag)) = hit {
            out.push_str(&line[plain_from..i]);
            out.push_str(tag);
            plain_from = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[plain_from..]);
    out
}
