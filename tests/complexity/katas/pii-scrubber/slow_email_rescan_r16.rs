// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local-part run is re-read from every start inside a long token (no memo of the failed run)
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_local(b: u8) -> bool {
    is_alnum(b) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    is_alnum(b) || b == b'.' || b == b'-'
}

/// Luhn over an iterator of digit values, rightmost first.
fn luhn_sum<I: Iterator<Item = u32>>(rev_digits: I) -> u32 {
    rev_digits
        .enumerate()
        .map(|(i, d)| if i % 2 == 1 { let x = 2 * d; if x > 9 { x - 9 } else { x } } else { d })
        .fold(0, |acc, d| acc + d)
}

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    !bytes.is_empty()
        && bytes.iter().all(u8::is_ascii_digit)
        && luhn_sum(bytes.iter().rev().map(|b| u32::from(b - b'0'))) % 10 == 0
}

/// Matches a template where `d` is any digit and every other byte is literal.
fn template(b: &[u8], at: usize, tpl: &[u8]) -> Option<usize> {
    let end = at + tpl.len();
    b.get(at..end)
        .filter(|window| {
            window
                .iter()
                .zip(tpl)
                .all(|(&c, &t)| if t == b'd' { c.is_ascii_digit() } else { c == t })
        })
        .map(|_| end)
}

fn free_left(b: &[u8], at: usize) -> bool {
    at == 0 || !is_alnum(b[at - 1])
}

fn free_right(b: &[u8], end: usize) -> Option<usize> {
    Some(end).filter(|&e| b.get(e).map_or(true, |&c| !is_alnum(c)))
}

/// A bounded shape: left boundary, one of the templates, right boundary.
fn bounded(b: &[u8], at: usize, tpls: &[&[u8]]) -> Option<usize> {
    Some(at)
        .filter(|&a| free_left(b, a))
        .and_then(|a| tpls.iter().find_map(|t| template(b, a, t).and_then(|e| free_right(b, e))))
}

fn ssn(b: &[u8], at: usize) -> Option<usize> {
    bounded(b, at, &[b"ddd-dd-dddd"])
}

fn phone(b: &[u8], at: usize) -> Option<usize> {
    const BODIES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    const PREFIXES: [&[u8]; 3] = [b"", b"+1 ", b"+1-"];
    if !free_left(b, at) {
        return None;
    }
    PREFIXES.iter().find_map(|p| {
        template(b, at, p).and_then(|after| BODIES.iter().find_map(|body| template(b, after, body).and_then(|e| free_right(b, e))))
    })
}

fn card(b: &[u8], at: usize) -> Option<usize> {
    if !free_left(b, at) {
        return None;
    }
    let luhn_ok = |s: &[u8]| luhn_sum(s.iter().rev().filter(|c| c.is_ascii_digit()).map(|c| u32::from(c - b'0'))) % 10 == 0;
    let grouped = [&b"dddd dddd dddd dddd"[..], &b"dddd-dddd-dddd-dddd"[..]]
        .iter()
        .find_map(|t| template(b, at, t).and_then(|e| free_right(b, e)))
        .filter(|&e| luhn_ok(&b[at..e]));
    grouped.or_else(|| {
        // at most 20 digits are ever read: a 20th digit means the run is too long
        let run = b[at..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
        Some(at + run)
            .filter(|_| (13..=19).contains(&run))
            .and_then(|e| free_right(b, e))
            .filter(|&e| luhn_ok(&b[at..e]))
    })
}

/// E-mail at `at`. Returns `Ok(end)` on a match, `Err(run_end)` when the local-part
/// run starting here ends at `run_end` without a valid domain.
fn email(b: &[u8], at: usize) -> Result<usize, usize> {
    let run_end = at + b[at..].iter().take_while(|&&c| is_local(c)).count();
    if run_end == at || b.get(run_end) != Some(&b'@') {
        return Err(run_end);
    }
    let d0 = run_end + 1;
    let raw_end = d0 + b[d0..].iter().take_while(|&&c| is_domain(c)).count();
    let d_end = d0 + b[d0..raw_end].iter().rposition(|&c| c != b'.').map_or(0, |p| p + 1);
    let dom = &b[d0..d_end];
    let ok = dom.first().map_or(false, |&c| is_alnum(c))
        && dom.contains(&b'.')
        && dom
            .rsplit(|&c| c == b'.')
            .next()
            .map_or(false, |label| label.len() >= 2 && label.iter().all(u8::is_ascii_alphabetic));
    if ok { Ok(d_end) } else { Err(run_end) }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let (mut i, mut kept_from) = (0usize, 0usize);
    while i < b.len() {
        let hit = email(b, i)
            .ok()
            .map(|e| (e, EMAIL))
            .or_else(|| ssn(b, i).map(|e| (e, SSN)))
            .or_else(|| phone(b, i).map(|e| (e, PHONE)))
            .or_else(|| card(b, i).map(|e| (e, CARD)));
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[kept_from..i]);
                out.push_str(tag);
                i = end;
                kept_from = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[kept_from..]);
    out
}
