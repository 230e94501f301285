// learner: optimal
// idiom: Standard ML student: each shape is a function from the remaining byte slice to Option<length>, written with slice patterns and guards; the e-mail matcher returns Result<len, failed_run_len> so the scanner can skip a dead local-part run
// why:
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

fn all_digits(xs: &[u8]) -> bool {
    xs.iter().all(u8::is_ascii_digit)
}

fn luhn<I: DoubleEndedIterator<Item = u8>>(digits: I) -> bool {
    let sum: u32 = digits
        .rev()
        .enumerate()
        .map(|(k, c)| {
            let d = u32::from(c - b'0');
            match (k % 2, d * 2) {
                (0, _) => d,
                (_, dd) if dd > 9 => dd - 9,
                (_, dd) => dd,
            }
        })
        .sum();
    sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty() && all_digits(digits.as_bytes()) && luhn(digits.bytes())
}

fn local_char(c: &u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_char(c: &u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

/// Length of a valid domain at the start of `s`, trailing dots removed.
fn domain(s: &[u8]) -> Option<usize> {
    let raw = s.iter().take_while(|c| domain_char(c)).count();
    let len = s[..raw].iter().rposition(|&c| c != b'.').map_or(0, |p| p + 1);
    let dom = &s[..len];
    let tld = dom.rsplit(|&c| c == b'.').next().unwrap_or(&[]);
    match dom.first() {
        Some(c) if c.is_ascii_alphanumeric() && dom.contains(&b'.') && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) => {
            Some(len)
        }
        _ => None,
    }
}

/// Ok(length of the e-mail) or Err(length of the local-part run that led nowhere).
fn email(s: &[u8]) -> Result<usize, usize> {
    let run = s.iter().take_while(|c| local_char(c)).count();
    match (run, s.get(run)) {
        (0, _) => Err(0),
        (_, Some(b'@')) => domain(&s[run + 1..]).map(|d| run + 1 + d).ok_or(run),
        _ => Err(run),
    }
}

fn ssn(s: &[u8]) -> Option<usize> {
    match s {
        [a, b, c, b'-', d, e, b'-', f, g, h, i, ..] if all_digits(&[*a, *b, *c, *d, *e, *f, *g, *h, *i]) => Some(11),
        _ => None,
    }
}

fn phone_body(s: &[u8]) -> Option<usize> {
    match s {
        [b'(', a, b, c, b')', b' ', d, e, f, b'-', g, h, i, j, ..]
            if all_digits(&[*a, *b, *c, *d, *e, *f, *g, *h, *i, *j]) => Some(14),
        [a, b, c, s1, d, e, f, s2, g, h, i, j, ..]
            if s1 == s2 && matches!(s1, b'-' | b'.' | b' ') && all_digits(&[*a, *b, *c, *d, *e, *f, *g, *h, *i, *j]) => Some(12),
        _ => None,
    }
}

fn phone(s: &[u8]) -> Option<usize> {
    match s {
        [b'+', b'1', b' ' | b'-', rest @ ..] => phone_body(rest).map(|n| n + 3),
        _ => phone_body(s),
    }
}

fn card(s: &[u8]) -> Option<usize> {
    let run = s.iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) {
        return luhn(s[..run].iter().copied()).then_some(run);
    }
    match s {
        [_, _, _, _, s1, _, _, _, _, s2, _, _, _, _, s3, _, _, _, _, ..]
            if s1 == s2 && s2 == s3 && matches!(s1, b' ' | b'-') =>
        {
            let digits = s[..19].iter().copied().filter(u8::is_ascii_digit);
            (s[..19].iter().filter(|c| c.is_ascii_digit()).count() == 16 && luhn(digits)).then_some(19)
        }
        _ => None,
    }
}

fn glued(b: &[u8], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|k| b[k]);
    let after = b.get(end).copied();
    [before, after].into_iter().flatten().any(|c| c.is_ascii_alphanumeric())
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let (mut i, mut copied, mut no_email_before) = (0, 0, 0);
    while i < b.len() {
        let rest = &b[i..];
        let mail = if i >= no_email_before {
            match email(rest) {
                Ok(n) => Some((EMAIL, n)),
                Err(run) => {
                    no_email_before = i + run;
                    None
                }
            }
        } else {
            None
        };
        let shapes: [(fn(&[u8]) -> Option<usize>, &str); 3] = [(ssn, SSN), (phone, PHONE), (card, CARD)];
        let hit = mail.or_else(|| {
            shapes
                .iter()
                .find_map(|(f, tag)| f(rest).filter(|&n| !glued(b, i, i + n)).map(|n| (*tag, n)))
        });
        match hit {
            Some((tag, n)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                i += n;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
