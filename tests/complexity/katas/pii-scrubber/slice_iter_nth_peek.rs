// learner: optimal
// idiom: boundary bytes read with a `byte_at(b, i)` helper built on b.iter().nth(i) — nth on a slice iterator is O(1) (it advances by offset), and the scanner memoises failed e-mail runs: O(n)
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const PHONE_PREFIXES: [&[u8]; 3] = [b"+1 ", b"+1-", b""];
const PHONE_SHAPES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const CARD_SHAPES: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];

/// The byte at `i`, if any (slice iterators jump straight to the n-th element).
fn byte_at(b: &[u8], i: usize) -> Option<u8> {
    b.iter().nth(i).copied()
}

fn is_word(c: Option<u8>) -> bool {
    matches!(c, Some(c) if c.is_ascii_alphanumeric())
}

fn free_left(b: &[u8], i: usize) -> bool {
    i == 0 || !is_word(byte_at(b, i - 1))
}

fn free_right(b: &[u8], end: usize) -> bool {
    !is_word(byte_at(b, end))
}

fn shape_at(b: &[u8], i: usize, shape: &[u8]) -> bool {
    i + shape.len() <= b.len()
        && shape
            .iter()
            .zip(&b[i..])
            .all(|(&s, &c)| if s == b'd' { c.is_ascii_digit() } else { s == c })
}

fn luhn_bytes(digits: &[u8]) -> bool {
    let mut sum = 0u32;
    for (k, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d - b'0');
        if k % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn_bytes(b)
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// Ok(end) for an e-mail starting at `i`, Err(j) with j the end of the local-part run.
fn email_at(b: &[u8], i: usize) -> Result<usize, usize> {
    let mut j = i;
    while j < b.len() && is_local(b[j]) {
        j += 1;
    }
    if j == i || j >= b.len() || b[j] != b'@' {
        return Err(j);
    }
    let start = j + 1;
    let mut e = start;
    while e < b.len() && is_domain(b[e]) {
        e += 1;
    }
    while e > start && b[e - 1] == b'.' {
        e -= 1;
    }
    let domain = &b[start..e];
    if domain.is_empty() || !domain[0].is_ascii_alphanumeric() {
        return Err(j);
    }
    let Some(dot) = domain.iter().rposition(|&c| c == b'.') else { return Err(j) };
    let tld = &domain[dot + 1..];
    if tld.len() < 2 || !tld.iter().all(u8::is_ascii_alphabetic) {
        return Err(j);
    }
    Ok(e)
}

fn ssn_at(b: &[u8], i: usize) -> Option<usize> {
    (free_left(b, i) && shape_at(b, i, b"ddd-dd-dddd") && free_right(b, i + 11)).then_some(i + 11)
}

fn phone_at(b: &[u8], i: usize) -> Option<usize> {
    if !free_left(b, i) {
        return None;
    }
    for prefix in PHONE_PREFIXES {
        if !b[i..].starts_with(prefix) {
            continue;
        }
        let at = i + prefix.len();
        for shape in PHONE_SHAPES {
            let end = at + shape.len();
            if shape_at(b, at, shape) && free_right(b, end) {
                return Some(end);
            }
        }
    }
    None
}

fn card_at(b: &[u8], i: usize) -> Option<usize> {
    if !free_left(b, i) {
        return None;
    }
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) && free_right(b, i + run) && luhn_bytes(&b[i..i + run]) {
        return Some(i + run);
    }
    for shape in CARD_SHAPES {
        let end = i + shape.len();
        if shape_at(b, i, shape) && free_right(b, end) {
            let mut digits = [0u8; 16];
            let mut k = 0;
            for &c in &b[i..end] {
                if c.is_ascii_digit() {
                    digits[k] = c;
                    k += 1;
                }
            }
            if luhn_bytes(&digits) {
                return Some(end);
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    let mut no_email_before = 0;
    let mut i = 0;
    while i < b.len() {
        let mut hit = None;
        if i >= no_email_before {
            match email_at(b, i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(j) => no_email_before = j,
            }
        }
        if hit.is_none() && b[i].is_ascii() {
            hit = ssn_at(b, i)
                .map(|e| (e, SSN))
                .or_else(|| phone_at(b, i).map(|e| (e, PHONE)))
                .or_else(|| card_at(b, i).map(|e| (e, CARD)));
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
