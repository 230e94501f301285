// learner: optimal
// idiom: student: output built as Vec<u8> byte by byte, slice starts_with/take_while counting, Option-returning length helpers, continue-heavy loop
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let mut s = 0u32;
    let mut n = 0;
    for c in digits.bytes().rev() {
        if !(b'0'..=b'9').contains(&c) {
            return false;
        }
        let d = (c - b'0') as u32;
        s += if n % 2 == 1 { [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d as usize] } else { d };
        n += 1;
    }
    n > 0 && s % 10 == 0
}

fn w(x: Option<&u8>) -> bool {
    matches!(x, Some(c) if c.is_ascii_alphanumeric())
}

fn shape(s: &[u8], p: &[u8]) -> Option<usize> {
    if s.len() < p.len() {
        return None;
    }
    for (a, q) in s.iter().zip(p) {
        let ok = if *q == b'#' { a.is_ascii_digit() } else { a == q };
        if !ok {
            return None;
        }
    }
    if w(s.get(p.len())) {
        return None;
    }
    Some(p.len())
}

fn ssn(s: &[u8]) -> Option<usize> {
    shape(s, b"###-##-####")
}

fn phone(s: &[u8]) -> Option<usize> {
    let k = if s.starts_with(b"+1 ") || s.starts_with(b"+1-") { 3 } else { 0 };
    let r = &s[k..];
    let l = shape(r, b"###-###-####")
        .or_else(|| shape(r, b"###.###.####"))
        .or_else(|| shape(r, b"### ### ####"))
        .or_else(|| shape(r, b"(###) ###-####"))?;
    Some(k + l)
}

fn card(s: &[u8]) -> Option<usize> {
    let n = s.iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if n >= 13 && n <= 19 && !w(s.get(n)) && luhn_valid(std::str::from_utf8(&s[..n]).unwrap()) {
        return Some(n);
    }
    let l = shape(s, b"#### #### #### ####").or_else(|| shape(s, b"####-####-####-####"))?;
    let mut d = [0u8; 16];
    let mut j = 0;
    for &c in &s[..l] {
        if c.is_ascii_digit() {
            d[j] = c;
            j += 1;
        }
    }
    if luhn_valid(std::str::from_utf8(&d).unwrap()) {
        Some(l)
    } else {
        None
    }
}

/// Ok(len) of an e-mail at the start of s, or Err(len of the local run) when there is none.
fn email(s: &[u8]) -> Result<usize, usize> {
    let a = s
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-'))
        .count();
    if a == 0 || s.get(a) != Some(&b'@') {
        return Err(a);
    }
    let r = &s[a + 1..];
    let mut m = r.iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'-').count();
    while m > 0 && r[m - 1] == b'.' {
        m -= 1;
    }
    let d = &r[..m];
    if m == 0 || !d[0].is_ascii_alphanumeric() {
        return Err(a);
    }
    let mut dot = None;
    for (i, c) in d.iter().enumerate() {
        if *c == b'.' {
            dot = Some(i);
        }
    }
    let Some(t) = dot else { return Err(a) };
    let tld = &d[t + 1..];
    if tld.len() < 2 || tld.iter().any(|c| !c.is_ascii_alphabetic()) {
        return Err(a);
    }
    Ok(a + 1 + m)
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut o: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    let mut skip = 0;
    while i < b.len() {
        let s = &b[i..];
        if i >= skip {
            match email(s) {
                Ok(l) => {
                    o.extend_from_slice(EMAIL.as_bytes());
                    i += l;
                    continue;
                }
                Err(l) => skip = i + l.max(1),
            }
        }
        if i == 0 || !b[i - 1].is_ascii_alphanumeric() {
            let t: Option<(usize, &str)> = ssn(s)
                .map(|l| (l, SSN))
                .or_else(|| phone(s).map(|l| (l, PHONE)))
                .or_else(|| card(s).map(|l| (l, CARD)));
            if let Some((l, tag)) = t {
                o.extend_from_slice(tag.as_bytes());
                i += l;
                continue;
            }
        }
        o.push(b[i]);
        i += 1;
    }
    String::from_utf8(o).unwrap()
}
