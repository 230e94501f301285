// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail attempt re-reads the whole local-part run from every start position inside it
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(k, c)| {
            let d = (c - b'0') as u32;
            if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d }
        })
        .sum();
    sum % 10 == 0
}

fn local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(&c)
}

fn dom(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

fn glue(b: &[u8], k: usize) -> bool {
    k < b.len() && b[k].is_ascii_alphanumeric()
}

fn pat(b: &[u8], at: usize, p: &[u8]) -> bool {
    at + p.len() <= b.len()
        && p.iter().zip(&b[at..]).all(|(&want, &got)| if want == b'#' { got.is_ascii_digit() } else { want == got })
}

fn try_email(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && local(b[j]) {
        j += 1;
    }
    if j == i || j >= b.len() || b[j] != b'@' {
        return None;
    }
    let start = j + 1;
    let mut e = start;
    while e < b.len() && dom(b[e]) {
        e += 1;
    }
    while e > start && b[e - 1] == b'.' {
        e -= 1;
    }
    let d = &b[start..e];
    if d.is_empty() || !d[0].is_ascii_alphanumeric() {
        return None;
    }
    let dot = d.iter().rposition(|&c| c == b'.')?;
    let tld = &d[dot + 1..];
    if tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) { Some(e) } else { None }
}

fn try_rest(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    if pat(b, i, b"###-##-####") && !glue(b, i + 11) {
        return Some((i + 11, SSN));
    }
    let body = if pat(b, i, b"+1 ") || pat(b, i, b"+1-") { i + 3 } else { i };
    for p in [&b"###-###-####"[..], b"###.###.####", b"### ### ####", b"(###) ###-####"] {
        if pat(b, body, p) && !glue(b, body + p.len()) {
            return Some((body + p.len(), PHONE));
        }
    }
    let mut j = i;
    while j < b.len() && j - i < 20 && b[j].is_ascii_digit() {
        j += 1;
    }
    if (13..=19).contains(&(j - i)) && !glue(b, j) && luhn_valid(std::str::from_utf8(&b[i..j]).unwrap()) {
        return Some((j, CARD));
    }
    for p in [&b"#### #### #### ####"[..], b"####-####-####-####"] {
        if pat(b, i, p) && !glue(b, i + 19) {
            let ds: String = b[i..i + 19].iter().filter(|c| c.is_ascii_digit()).map(|&c| c as char).collect();
            if luhn_valid(&ds) {
                return Some((i + 19, CARD));
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        let hit = try_email(b, i).map(|e| (e, EMAIL)).or_else(|| try_rest(b, i));
        if let Some((end, tag)) = hit {
            out += &line[last..i];
            out += tag;
            i = end;
            last = end;
        } else {
            i += 1;
        }
    }
    out += &line[last..];
    out
}
