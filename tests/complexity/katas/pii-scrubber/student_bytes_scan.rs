// learner: optimal
// idiom: student: one while loop over bytes, tiny helper closures, one-letter names, remembers where the failed e-mail run ends
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut s = 0;
    for (k, &c) in b.iter().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        s += d;
    }
    s % 10 == 0
}

fn an(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_alphanumeric()
}

// pattern: 'd' = digit, anything else literal
fn pat(b: &[u8], i: usize, p: &[u8]) -> bool {
    if i + p.len() > b.len() {
        return false;
    }
    for k in 0..p.len() {
        let c = b[i + k];
        if p[k] == b'd' {
            if !c.is_ascii_digit() {
                return false;
            }
        } else if c != p[k] {
            return false;
        }
    }
    true
}

fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let l = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);
    let mut j = i;
    while j < b.len() && l(b[j]) {
        j += 1;
    }
    if j == i || j >= b.len() || b[j] != b'@' {
        return Err(j);
    }
    let mut k = j + 1;
    while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'.' || b[k] == b'-') {
        k += 1;
    }
    while k > j + 1 && b[k - 1] == b'.' {
        k -= 1;
    }
    let d = &b[j + 1..k];
    if d.is_empty() || !d[0].is_ascii_alphanumeric() {
        return Err(j);
    }
    let Some(p) = d.iter().rposition(|&c| c == b'.') else { return Err(j) };
    let t = &d[p + 1..];
    if t.len() < 2 || !t.iter().all(|c| c.is_ascii_alphabetic()) {
        return Err(j);
    }
    Ok(k)
}

fn phone(b: &[u8], i: usize) -> Option<usize> {
    let mut s = i;
    if pat(b, i, b"+1 ") || pat(b, i, b"+1-") {
        s += 3;
    }
    for p in [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"] {
        if pat(b, s, p) && !an(b, s + p.len()) {
            return Some(s + p.len());
        }
    }
    None
}

fn card(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && j - i < 20 && b[j].is_ascii_digit() {
        j += 1;
    }
    if (13..=19).contains(&(j - i)) && !an(b, j) {
        let s = std::str::from_utf8(&b[i..j]).unwrap();
        if luhn_valid(s) {
            return Some(j);
        }
    }
    for p in [&b"dddd dddd dddd dddd"[..], b"dddd-dddd-dddd-dddd"] {
        if pat(b, i, p) && !an(b, i + 19) {
            let d: String = b[i..i + 19].iter().filter(|c| c.is_ascii_digit()).map(|&c| c as char).collect();
            if luhn_valid(&d) {
                return Some(i + 19);
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut o = String::with_capacity(line.len());
    let (mut i, mut c, mut ne) = (0, 0, 0);
    while i < b.len() {
        let mut hit = None;
        if i >= ne {
            match email(b, i) {
                Ok(e) => hit = Some((e, EMAIL)),
                Err(j) => ne = j.max(i + 1),
            }
        }
        if hit.is_none() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            if pat(b, i, b"ddd-dd-dddd") && !an(b, i + 11) {
                hit = Some((i + 11, SSN));
            } else if let Some(e) = phone(b, i) {
                hit = Some((e, PHONE));
            } else if let Some(e) = card(b, i) {
                hit = Some((e, CARD));
            }
        }
        match hit {
            Some((e, t)) => {
                o.push_str(&line[c..i]);
                o.push_str(t);
                i = e;
                c = e;
            }
            None => i += 1,
        }
    }
    o.push_str(&line[c..]);
    o
}
