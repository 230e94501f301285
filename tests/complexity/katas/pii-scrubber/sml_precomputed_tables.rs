// learner: optimal
// idiom: Standard ML student: two tables computed up front with folds (where each local-part run ends, where the e-mail through each '@' ends), then the scan is a find_map over a list of (matcher, tag) pairs with Option combinators
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

fn digit(c: &u8) -> bool {
    c.is_ascii_digit()
}

fn luhn_sum(ds: &[u8]) -> u32 {
    ds.iter().rev().zip([false, true].iter().cycle()).fold(0, |acc, (c, &dbl)| {
        let d = u32::from(c - b'0');
        acc + if dbl { (d * 2) % 9 + if d == 9 { 9 } else { 0 } } else { d }
    })
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let ds = digits.as_bytes();
    !ds.is_empty() && ds.iter().all(digit) && luhn_sum(ds) % 10 == 0
}

fn local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(&c)
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// Where a valid domain starting at `s[0]` ends (exclusive), if it is valid.
fn domain_end(s: &[u8]) -> Option<usize> {
    let raw = s.iter().position(|&c| !domain_byte(c)).unwrap_or(s.len());
    let len = s[..raw].iter().rposition(|&c| c != b'.')? + 1;
    let d = &s[..len];
    let last = d.rsplit(|&c| c == b'.').next()?;
    let ok = d[0].is_ascii_alphanumeric()
        && d.contains(&b'.')
        && last.len() >= 2
        && last.iter().all(u8::is_ascii_alphabetic);
    ok.then_some(len)
}

/// run_end[i] = first index >= i that is not a local-part byte.
fn run_ends(b: &[u8]) -> Vec<usize> {
    let mut ends = vec![b.len(); b.len() + 1];
    for i in (0..b.len()).rev() {
        ends[i] = if local(b[i]) { ends[i + 1] } else { i };
    }
    ends
}

/// mail_end[j] = end of the e-mail whose '@' is at j, if that '@' has a valid domain.
fn mail_ends(b: &[u8]) -> Vec<Option<usize>> {
    b.iter()
        .enumerate()
        .map(|(j, &c)| if c == b'@' { domain_end(&b[j + 1..]).map(|d| j + 1 + d) } else { None })
        .collect()
}

fn shape(s: &[u8], tpl: &[u8]) -> bool {
    s.len() >= tpl.len() && s.iter().zip(tpl).all(|(c, t)| if *t == b'd' { digit(c) } else { c == t })
}

fn ssn(s: &[u8]) -> Option<usize> {
    shape(s, b"ddd-dd-dddd").then_some(11)
}

fn phone(s: &[u8]) -> Option<usize> {
    let (prefix, body) = match s {
        [b'+', b'1', b' ' | b'-', rest @ ..] => (3, rest),
        _ => (0, s),
    };
    let bodies: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    bodies.iter().find(|t| shape(body, t)).map(|t| prefix + t.len())
}

fn card(s: &[u8]) -> Option<usize> {
    let run = s.iter().take(20).take_while(|c| digit(c)).count();
    let len = if (13..=19).contains(&run) {
        Some(run)
    } else {
        [&b"dddd dddd dddd dddd"[..], b"dddd-dddd-dddd-dddd"].iter().find(|t| shape(s, t)).map(|t| t.len())
    }?;
    let ds: Vec<u8> = s[..len].iter().copied().filter(u8::is_ascii_digit).collect();
    (luhn_sum(&ds) % 10 == 0).then_some(len)
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let run_end = run_ends(b);
    let mail_end = mail_ends(b);
    let alnum_at = |k: Option<usize>| k.and_then(|k| b.get(k)).is_some_and(u8::is_ascii_alphanumeric);

    let email = |i: usize| -> Option<usize> {
        let j = run_end[i];
        (j > i).then_some(j).and_then(|j| mail_end.get(j).copied().flatten()).map(|e| e - i)
    };
    let bounded = |i: usize, f: fn(&[u8]) -> Option<usize>| -> Option<usize> {
        f(&b[i..]).filter(|&n| !alnum_at(i.checked_sub(1)) && !alnum_at(Some(i + n)))
    };

    let mut out = String::with_capacity(line.len());
    let (mut i, mut from) = (0, 0);
    while i < b.len() {
        let hit = email(i)
            .map(|n| (EMAIL, n))
            .or_else(|| bounded(i, ssn).map(|n| (SSN, n)))
            .or_else(|| bounded(i, phone).map(|n| (PHONE, n)))
            .or_else(|| bounded(i, card).map(|n| (CARD, n)));
        if let Some((tag, n)) = hit {
            out.push_str(&line[from..i]);
            out.push_str(tag);
            i += n;
            from = i;
        } else {
            i += 1;
        }
    }
    out + &line[from..]
}
