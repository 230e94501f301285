// learner: optimal
// idiom: competitive: shapes matched with slice patterns on b.get(i..i + len) plus a digit-mask check, terse names, Vec<u8> output, luhn via bytes().rev().enumerate() fold
//! Scrub PII from log lines in one pass.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn an(c: Option<&u8>) -> bool {
    c.map_or(false, |c| c.is_ascii_alphanumeric())
}

/// `pat` uses b'd' for "any digit"; everything else must be equal
fn fits(b: &[u8], i: usize, pat: &[u8]) -> bool {
    match b.get(i..i + pat.len()) {
        Some(w) => w.iter().zip(pat).all(|(&c, &p)| if p == b'd' { c.is_ascii_digit() } else { c == p }),
        None => false,
    }
}

fn free(b: &[u8], i: usize, len: usize) -> bool {
    !(i > 0 && b[i - 1].is_ascii_alphanumeric()) && !an(b.get(i + len))
}

fn luhn(ds: impl DoubleEndedIterator<Item = u8>) -> bool {
    let (s, n) = ds.rev().filter(u8::is_ascii_digit).enumerate().fold((0u32, 0usize), |(s, _), (k, c)| {
        let d = (c - b'0') as u32;
        let d = if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d };
        (s + d, k + 1)
    });
    n > 0 && s % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    digits.bytes().all(|c| c.is_ascii_digit()) && luhn(digits.bytes())
}

fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let loc = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let e = i + b[i..].iter().take_while(|c| loc(c)).count();
    if e == i || b.get(e) != Some(&b'@') {
        return Err(e);
    }
    let d0 = e + 1;
    let mut d1 = d0 + b[d0..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'-').count();
    while d1 > d0 && b[d1 - 1] == b'.' {
        d1 -= 1;
    }
    let dom = &b[d0..d1];
    let tld = dom.iter().rev().take_while(|c| c.is_ascii_alphabetic()).count();
    match dom {
        [f, ..] if f.is_ascii_alphanumeric() && tld >= 2 && tld < dom.len() && dom[dom.len() - tld - 1] == b'.' => Ok(d1 - i),
        _ => Err(e),
    }
}

fn ssn(b: &[u8], i: usize) -> usize {
    if fits(b, i, b"ddd-dd-dddd") && free(b, i, 11) { 11 } else { 0 }
}

fn phone(b: &[u8], i: usize) -> usize {
    let pre = match b.get(i..i + 3) {
        Some([b'+', b'1', b' ' | b'-']) => 3,
        _ => 0,
    };
    let body = [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"]
        .iter()
        .find(|p| fits(b, i + pre, p))
        .map_or(0, |p| p.len());
    if body > 0 && free(b, i, pre + body) { pre + body } else { 0 }
}

fn card(b: &[u8], i: usize) -> usize {
    if i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return 0;
    }
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) && free(b, i, run) && luhn(b[i..i + run].iter().copied()) {
        return run;
    }
    for p in [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"] {
        if fits(b, i, p) && free(b, i, 19) && luhn(b[i..i + 19].iter().copied()) {
            return 19;
        }
    }
    0
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut o: Vec<u8> = Vec::with_capacity(b.len());
    let (mut i, mut dead) = (0, 0);
    while i < b.len() {
        let mut hit: Option<(usize, &str)> = None;
        if i >= dead {
            match email(b, i) {
                Ok(l) => hit = Some((l, EMAIL)),
                Err(e) => dead = e,
            }
        }
        let hit = hit
            .or_else(|| Some((ssn(b, i), SSN)).filter(|h| h.0 > 0))
            .or_else(|| Some((phone(b, i), PHONE)).filter(|h| h.0 > 0))
            .or_else(|| Some((card(b, i), CARD)).filter(|h| h.0 > 0));
        match hit {
            Some((l, tag)) => {
                o.extend_from_slice(tag.as_bytes());
                i += l;
            }
            None => {
                o.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(o).expect("only whole ASCII runs were replaced")
}
