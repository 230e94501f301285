// learner: optimal
// idiom: Tcl/Tk tools engineer: first a backwards pass fills a table of where each local-part run ends (like precomputing an index), then the main loop switches on the current byte; the '@' domain verdict is cached per '@' position
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0;
    let mut double = false;
    for c in digits.bytes().rev() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if double {
            d = if d * 2 > 9 { d * 2 - 9 } else { d * 2 };
        }
        sum += d;
        double = !double;
    }
    sum % 10 == 0
}

/// n digits at b[i..]?
fn digits(b: &[u8], i: usize, n: usize) -> bool {
    i + n <= b.len() && b[i..i + n].iter().all(|c| c.is_ascii_digit())
}

fn byte_is(b: &[u8], i: usize, c: u8) -> bool {
    i < b.len() && b[i] == c
}

fn alnum_at(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_alphanumeric()
}

fn edges_clear(b: &[u8], start: usize, end: usize) -> bool {
    !(start > 0 && alnum_at(b, start - 1)) && !alnum_at(b, end)
}

fn ssn_at(b: &[u8], i: usize) -> Option<usize> {
    let ok = digits(b, i, 3) && byte_is(b, i + 3, b'-') && digits(b, i + 4, 2) && byte_is(b, i + 6, b'-') && digits(b, i + 7, 4);
    if ok && edges_clear(b, i, i + 11) { Some(i + 11) } else { None }
}

/// ddd S ddd S dddd with one separator S, or (ddd) ddd-dddd, starting at `i`.
fn phone_body(b: &[u8], i: usize) -> Option<usize> {
    if byte_is(b, i, b'(') {
        let ok = digits(b, i + 1, 3) && byte_is(b, i + 4, b')') && byte_is(b, i + 5, b' ')
            && digits(b, i + 6, 3) && byte_is(b, i + 9, b'-') && digits(b, i + 10, 4);
        return if ok { Some(i + 14) } else { None };
    }
    if !digits(b, i, 3) || i + 3 >= b.len() {
        return None;
    }
    let sep = b[i + 3];
    if !matches!(sep, b'-' | b'.' | b' ') {
        return None;
    }
    let ok = digits(b, i + 4, 3) && byte_is(b, i + 7, sep) && digits(b, i + 8, 4);
    if ok { Some(i + 12) } else { None }
}

fn phone_at(b: &[u8], i: usize) -> Option<usize> {
    let body = if byte_is(b, i, b'+') {
        if byte_is(b, i + 1, b'1') && (byte_is(b, i + 2, b' ') || byte_is(b, i + 2, b'-')) {
            i + 3
        } else {
            return None;
        }
    } else {
        i
    };
    let end = phone_body(b, body)?;
    if edges_clear(b, i, end) { Some(end) } else { None }
}

fn card_at(line: &str, i: usize) -> Option<usize> {
    let b = line.as_bytes();
    let mut j = i;
    while j < b.len() && j - i <= 19 && b[j].is_ascii_digit() {
        j += 1;
    }
    if j - i >= 13 && j - i <= 19 && edges_clear(b, i, j) && luhn_valid(&line[i..j]) {
        return Some(j);
    }
    // dddd?dddd?dddd?dddd with ? one of ' ' or '-', the same each time
    if !digits(b, i, 4) || i + 4 >= b.len() {
        return None;
    }
    let sep = b[i + 4];
    if sep != b' ' && sep != b'-' {
        return None;
    }
    let mut packed = [0u8; 16];
    for g in 0..4 {
        let at = i + 5 * g;
        if !digits(b, at, 4) || (g < 3 && !byte_is(b, at + 4, sep)) {
            return None;
        }
        packed[4 * g..4 * g + 4].copy_from_slice(&b[at..at + 4]);
    }
    let end = i + 19;
    let packed = std::str::from_utf8(&packed).ok()?;
    if edges_clear(b, i, end) && luhn_valid(packed) { Some(end) } else { None }
}

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

fn check_domain(b: &[u8], at: usize) -> Option<usize> {
    let from = at + 1;
    let mut to = from;
    while to < b.len() && (b[to].is_ascii_alphanumeric() || b[to] == b'.' || b[to] == b'-') {
        to += 1;
    }
    while to > from && b[to - 1] == b'.' {
        to -= 1;
    }
    if to == from || !b[from].is_ascii_alphanumeric() {
        return None;
    }
    let last_dot = (from..to).rev().find(|&k| b[k] == b'.')?;
    let label = &b[last_dot + 1..to];
    if label.len() >= 2 && label.iter().all(|c| c.is_ascii_alphabetic()) { Some(to) } else { None }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    // run_end[i] = end of the run of local-part bytes starting at i (i itself if b[i] is not one)
    let mut run_end = vec![0usize; n + 1];
    run_end[n] = n;
    for i in (0..n).rev() {
        run_end[i] = if local_byte(b[i]) { run_end[i + 1] } else { i };
    }
    let mut domain_cache: Option<(usize, Option<usize>)> = None;

    let mut out = String::with_capacity(n);
    let mut last = 0;
    let mut i = 0;
    while i < n {
        let mut found: Option<(&str, usize)> = None;
        let j = run_end[i];
        if j > i && j < n && b[j] == b'@' {
            let verdict = match domain_cache {
                Some((at, v)) if at == j => v,
                _ => {
                    let v = check_domain(b, j);
                    domain_cache = Some((j, v));
                    v
                }
            };
            found = verdict.map(|end| (EMAIL, end));
        }
        if found.is_none() {
            found = match b[i] {
                b'0'..=b'9' => ssn_at(b, i)
                    .map(|e| (SSN, e))
                    .or_else(|| phone_at(b, i).map(|e| (PHONE, e)))
                    .or_else(|| card_at(line, i).map(|e| (CARD, e))),
                b'+' | b'(' => phone_at(b, i).map(|e| (PHONE, e)),
                _ => None,
            };
        }
        if let Some((tag, end)) = found {
            out.push_str(&line[last..i]);
            out.push_str(tag);
            last = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[last..]);
    out
}
