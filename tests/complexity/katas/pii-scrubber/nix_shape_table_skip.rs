// learner: optimal
// idiom: Nix: shapes are data (`[ "ddd-dd-dddd" ... ]`, d = digit) checked by one generic matcher, first hit wins like `lib.findFirst`; e-mail failures remembered in `noEmailBefore`
// why: fixed shapes cost O(1) each per position, the e-mail local run is never re-read after it failed (skip to its end): O(n) time, output O(n); luhn is one fold: O(n) time, O(1) space

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const SSN_SHAPES: &[&str] = &["ddd-dd-dddd"];
const PHONE_SHAPES: &[&str] = &[
    "ddd-ddd-dddd",
    "ddd.ddd.dddd",
    "ddd ddd dddd",
    "(ddd) ddd-dddd",
    "+1 ddd-ddd-dddd",
    "+1 ddd.ddd.dddd",
    "+1 ddd ddd dddd",
    "+1 (ddd) ddd-dddd",
    "+1-ddd-ddd-dddd",
    "+1-ddd.ddd.dddd",
    "+1-ddd ddd dddd",
    "+1-(ddd) ddd-dddd",
];
const GROUPED_CARD_SHAPES: &[&str] = &["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd"];

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

fn free_before(b: &[u8], i: usize) -> bool {
    i == 0 || !is_word(b[i - 1])
}

fn free_after(b: &[u8], end: usize) -> bool {
    end >= b.len() || !is_word(b[end])
}

/// does `shape` sit at `i`? -> its end
fn fits(b: &[u8], i: usize, shape: &str) -> Option<usize> {
    let s = shape.as_bytes();
    if i + s.len() > b.len() {
        return None;
    }
    let ok = s.iter().zip(&b[i..i + s.len()]).all(|(&want, &got)| {
        if want == b'd' { got.is_ascii_digit() } else { want == got }
    });
    if ok { Some(i + s.len()) } else { None }
}

/// first shape of the list that fits at i with free boundaries on both sides
fn find_first(b: &[u8], i: usize, shapes: &[&str]) -> Option<usize> {
    shapes
        .iter()
        .filter_map(|sh| fits(b, i, sh))
        .find(|&end| free_after(b, end))
}

/// luhn over an iterator of digit values, rightmost first
fn luhn_sum<I: Iterator<Item = u32>>(from_right: I) -> u32 {
    from_right.enumerate().fold(0, |acc, (k, d)| {
        let v = if k % 2 == 1 { let dd = d * 2; if dd > 9 { dd - 9 } else { dd } } else { d };
        acc + v
    })
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty()
        && b.iter().all(u8::is_ascii_digit)
        && luhn_sum(b.iter().rev().map(|&c| (c - b'0') as u32)) % 10 == 0
}

fn card_at(b: &[u8], i: usize) -> Option<usize> {
    // run of digits, never more than 20 looked at
    let mut n = 0;
    while n < 20 && i + n < b.len() && b[i + n].is_ascii_digit() {
        n += 1;
    }
    if (13..=19).contains(&n) && free_after(b, i + n) {
        let sum = luhn_sum(b[i..i + n].iter().rev().map(|&c| (c - b'0') as u32));
        if sum % 10 == 0 {
            return Some(i + n);
        }
    }
    let end = find_first(b, i, GROUPED_CARD_SHAPES)?;
    let digits = b[i..end].iter().rev().filter(|c| c.is_ascii_digit());
    if luhn_sum(digits.map(|&c| (c - b'0') as u32)) % 10 == 0 { Some(end) } else { None }
}

/// Ok(end) for an e-mail at i, Err(j) with j the end of the local-part run
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
    let dom = &b[start..e];
    let good = !dom.is_empty()
        && dom[0].is_ascii_alphanumeric()
        && match dom.iter().rposition(|&c| c == b'.') {
            None => false,
            Some(dot) => {
                let last = &dom[dot + 1..];
                last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic)
            }
        };
    if good { Ok(e) } else { Err(j) }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied_to = 0;
    let mut i = 0;
    let mut no_email_before = 0;
    while i < b.len() {
        let mut hit: Option<(usize, &str)> = None;
        if i >= no_email_before {
            match email_at(b, i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(j) => no_email_before = j,
            }
        }
        if hit.is_none() && free_before(b, i) {
            hit = find_first(b, i, SSN_SHAPES)
                .map(|e| (e, SSN))
                .or_else(|| find_first(b, i, PHONE_SHAPES).map(|e| (e, PHONE)))
                .or_else(|| card_at(b, i).map(|e| (e, CARD)));
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied_to..i]);
                out.push_str(tag);
                i = end;
                copied_to = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied_to..]);
    out
}
