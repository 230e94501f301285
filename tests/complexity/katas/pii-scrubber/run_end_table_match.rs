// learner: optimal
// idiom: right-to-left precomputed local-run-end table, slice patterns in match, enum of hits with Display-ish tag
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Hit {
    Email,
    Ssn,
    Phone,
    Card,
}

impl Hit {
    fn tag(self) -> &'static str {
        match self {
            Hit::Email => EMAIL,
            Hit::Ssn => SSN,
            Hit::Phone => PHONE,
            Hit::Card => CARD,
        }
    }
}

fn luhn(ds: &[u8]) -> bool {
    let mut sum = 0u32;
    for (k, &c) in ds.iter().rev().enumerate() {
        let d = (c - b'0') as u32;
        sum += match (k & 1, d * 2) {
            (0, _) => d,
            (_, x) if x > 9 => x - 9,
            (_, x) => x,
        };
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    match digits.as_bytes() {
        [] => false,
        ds if ds.iter().all(|c| c.is_ascii_digit()) => luhn(ds),
        _ => false,
    }
}

fn d(c: u8) -> bool {
    c.is_ascii_digit()
}

/// Body of a phone number at the start of `s`, returns its length.
fn phone_body(s: &[u8]) -> Option<usize> {
    match s {
        [b'(', a, b, c, b')', b' ', e, f, g, b'-', h, i, j, k, ..]
            if [a, b, c, e, f, g, h, i, j, k].iter().all(|x| d(**x)) => Some(14),
        [a, b, c, s1, e, f, g, s2, h, i, j, k, ..]
            if s1 == s2 && matches!(*s1, b'-' | b'.' | b' ') && [a, b, c, e, f, g, h, i, j, k].iter().all(|x| d(**x)) => Some(12),
        _ => None,
    }
}

fn bounded(s: &[u8]) -> Option<(usize, Hit)> {
    match s {
        [a, b, c, b'-', e, f, b'-', g, h, i, j, ..] if [a, b, c, e, f, g, h, i, j].iter().all(|x| d(**x)) => {
            return Some((11, Hit::Ssn));
        }
        _ => {}
    }
    let phone = match s {
        [b'+', b'1', b' ' | b'-', rest @ ..] => phone_body(rest).map(|l| l + 3),
        _ => phone_body(s),
    };
    if let Some(l) = phone {
        return Some((l, Hit::Phone));
    }
    let run = s.iter().take(20).take_while(|c| d(**c)).count();
    match run {
        13..=19 => luhn(&s[..run]).then_some((run, Hit::Card)),
        4 => match s {
            [_, _, _, _, sep @ (b' ' | b'-'), rest @ ..] => {
                let shape = rest.len() >= 14
                    && rest[..14].iter().enumerate().all(|(k, &c)| if k % 5 == 4 { c == *sep } else { d(c) });
                if !shape {
                    return None;
                }
                let mut digs = [0u8; 16];
                let mut n = 0;
                for &c in s[..19].iter().filter(|c| d(**c)) {
                    digs[n] = c;
                    n += 1;
                }
                luhn(&digs).then_some((19, Hit::Card))
            }
            _ => None,
        },
        _ => None,
    }
}

fn domain_len(rest: &[u8]) -> Option<usize> {
    let mut len = rest
        .iter()
        .position(|c| !(c.is_ascii_alphanumeric() || *c == b'.' || *c == b'-'))
        .unwrap_or(rest.len());
    while len > 0 && rest[len - 1] == b'.' {
        len -= 1;
    }
    let dom = &rest[..len];
    let last_dot = dom.iter().rposition(|&c| c == b'.')?;
    let tld = &dom[last_dot + 1..];
    match dom.first() {
        Some(c) if c.is_ascii_alphanumeric() && tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) => Some(len),
        _ => None,
    }
}

pub fn scrub(line: &str) -> String {
    let bytes = line.as_bytes();
    let n = bytes.len();
    let is_local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);

    // run_end[i] = end of the local-part run starting at i (== i when bytes[i] is not local)
    let mut run_end = vec![n; n + 1];
    for i in (0..n).rev() {
        run_end[i] = if is_local(bytes[i]) { run_end[i + 1] } else { i };
    }
    // Whether the '@' at index j is followed by a valid domain, decided once per '@'.
    let mut email_end: Option<(usize, Option<usize>)> = None;

    let mut out = String::with_capacity(n);
    let mut copied = 0;
    let mut i = 0;
    while i < n {
        let at = run_end[i];
        let mut hit = None;
        if at > i && at < n && bytes[at] == b'@' {
            let verdict = match email_end {
                Some((j, v)) if j == at => v,
                _ => {
                    let v = domain_len(&bytes[at + 1..]).map(|l| at + 1 + l);
                    email_end = Some((at, v));
                    v
                }
            };
            hit = verdict.map(|e| (e - i, Hit::Email));
        }
        let glued_left = i > 0 && bytes[i - 1].is_ascii_alphanumeric();
        if hit.is_none() && !glued_left {
            hit = bounded(&bytes[i..]).filter(|(l, _)| bytes.get(i + l).map_or(true, |c| !c.is_ascii_alphanumeric()));
        }
        match hit {
            Some((len, kind)) => {
                out.push_str(&line[copied..i]);
                out.push_str(kind.tag());
                i += len;
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
