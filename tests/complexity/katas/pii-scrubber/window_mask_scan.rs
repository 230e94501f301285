// learner: optimal
// idiom: NumPy-style "window == pattern" masks over byte slices (zip/all), Result<end, run_end> for e-mails with a skip index, free helper functions
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

const PHONE_PREFIXES: [&[u8]; 3] = [b"", b"+1 ", b"+1-"];
const PHONE_BODIES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const CARD_GROUPS: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];

fn luhn_sum<I: Iterator<Item = u8>>(digits_right_to_left: I) -> u32 {
    digits_right_to_left
        .enumerate()
        .map(|(k, d)| {
            let d = (d - b'0') as u32;
            if k % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum()
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn_sum(b.iter().rev().copied()) % 10 == 0
}

fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// np.all(window == pattern), with `d` as a "digit" wildcard.
fn window_matches(b: &[u8], at: usize, pat: &[u8]) -> bool {
    match b.get(at..at + pat.len()) {
        Some(w) => w.iter().zip(pat).all(|(&c, &p)| if p == b'd' { c.is_ascii_digit() } else { c == p }),
        None => false,
    }
}

fn left_ok(b: &[u8], start: usize) -> bool {
    start == 0 || !is_alnum(b[start - 1])
}

fn right_ok(b: &[u8], end: usize) -> bool {
    end >= b.len() || !is_alnum(b[end])
}

/// Ok(end of the e-mail) or Err(end of the local-part run, which every later
/// start inside the run would also reach and fail on).
fn email_at(b: &[u8], i: usize) -> Result<usize, usize> {
    let n = b.len();
    let mut j = i;
    while j < n && is_local(b[j]) {
        j += 1;
    }
    if j == i {
        return Err(i);
    }
    if j >= n || b[j] != b'@' {
        return Err(j);
    }
    let mut k = j + 1;
    while k < n && is_domain(b[k]) {
        k += 1;
    }
    while k > j + 1 && b[k - 1] == b'.' {
        k -= 1;
    }
    let dom = &b[j + 1..k];
    if dom.is_empty() || !is_alnum(dom[0]) {
        return Err(j);
    }
    let last_dot = match dom.iter().rposition(|&c| c == b'.') {
        Some(p) => p,
        None => return Err(j),
    };
    let tld = &dom[last_dot + 1..];
    if tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
        Ok(k)
    } else {
        Err(j)
    }
}

fn ssn_at(b: &[u8], i: usize) -> Option<usize> {
    let end = i + 11;
    (left_ok(b, i) && window_matches(b, i, b"ddd-dd-dddd") && right_ok(b, end)).then_some(end)
}

fn phone_at(b: &[u8], i: usize) -> Option<usize> {
    if !left_ok(b, i) {
        return None;
    }
    for pre in PHONE_PREFIXES {
        if !window_matches(b, i, pre) {
            continue;
        }
        for body in PHONE_BODIES {
            let end = i + pre.len() + body.len();
            if window_matches(b, i + pre.len(), body) && right_ok(b, end) {
                return Some(end);
            }
        }
    }
    None
}

fn card_at(b: &[u8], i: usize) -> Option<usize> {
    if !left_ok(b, i) || !b[i].is_ascii_digit() {
        return None;
    }
    // contiguous: count at most 20 digits, so this is O(1) per position
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) && right_ok(b, i + run) && luhn_sum(b[i..i + run].iter().rev().copied()) % 10 == 0 {
        return Some(i + run);
    }
    for pat in CARD_GROUPS {
        let end = i + pat.len();
        if window_matches(b, i, pat) && right_ok(b, end) {
            let digits = b[i..end].iter().rev().copied().filter(u8::is_ascii_digit);
            if luhn_sum(digits) % 10 == 0 {
                return Some(end);
            }
        }
    }
    None
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut copied_upto = 0;
    let mut no_email_before = 0;
    let mut i = 0;
    while i < n {
        let mut hit: Option<(usize, &str)> = None;
        if i >= no_email_before {
            match email_at(b, i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(run_end) => no_email_before = run_end,
            }
        }
        if hit.is_none() {
            hit = ssn_at(b, i)
                .map(|e| (e, SSN))
                .or_else(|| phone_at(b, i).map(|e| (e, PHONE)))
                .or_else(|| card_at(b, i).map(|e| (e, CARD)));
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied_upto..i]);
                out.push_str(tag);
                i = end;
                copied_upto = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied_upto..]);
    out
}
