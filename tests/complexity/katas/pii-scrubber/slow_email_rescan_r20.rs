// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local part is re-read with take_while from every start position inside one long token (no memo of the failed run)
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    luhn_digits(digits.as_bytes())
}

fn luhn_digits(bs: &[u8]) -> bool {
    let sum: u32 = bs
        .iter()
        .rev()
        .filter(|b| b.is_ascii_digit())
        .enumerate()
        .map(|(k, &b)| {
            let d = (b - b'0') as u32;
            match (k % 2, d * 2) {
                (1, dd) if dd > 9 => dd - 9,
                (1, dd) => dd,
                _ => d,
            }
        })
        .sum();
    sum % 10 == 0
}

fn shape_at(bs: &[u8], i: usize, pat: &str) -> Option<usize> {
    let window = bs.get(i..i + pat.len())?;
    let ok = window
        .iter()
        .zip(pat.bytes())
        .all(|(&b, p)| if p == b'#' { b.is_ascii_digit() } else { b == p });
    ok.then(|| i + pat.len())
}

fn try_email(bs: &[u8], i: usize) -> Option<usize> {
    let local = bs[i..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        .count();
    if local == 0 || bs.get(i + local) != Some(&b'@') {
        return None;
    }
    let d0 = i + local + 1;
    let raw = bs[d0..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        .count();
    let mut d1 = d0 + raw;
    while d1 > d0 && bs[d1 - 1] == b'.' {
        d1 -= 1;
    }
    let dom = &bs[d0..d1];
    let first_ok = dom.first().map_or(false, |b| b.is_ascii_alphanumeric());
    let tld_ok = dom
        .iter()
        .rposition(|&b| b == b'.')
        .map(|dot| &dom[dot + 1..])
        .map_or(false, |t| t.len() >= 2 && t.iter().all(|b| b.is_ascii_alphabetic()));
    (first_ok && tld_ok).then_some(d1)
}

fn glued(bs: &[u8], i: usize) -> bool {
    bs.get(i).map_or(false, |b| b.is_ascii_alphanumeric())
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let bs = line.as_bytes();
    let mut out = String::new();
    let mut from = 0;
    let mut i = 0;
    while i < bs.len() {
        let left_free = i == 0 || !bs[i - 1].is_ascii_alphanumeric();
        let mut found: Option<(usize, &str)> = try_email(bs, i).map(|e| (e, EMAIL));
        if found.is_none() && left_free {
            found = shape_at(bs, i, "###-##-####")
                .filter(|&e| !glued(bs, e))
                .map(|e| (e, SSN))
                .or_else(|| {
                    let bodies = ["###-###-####", "###.###.####", "### ### ####", "(###) ###-####"];
                    let after_prefix = ["+1 ", "+1-"].iter().find_map(|p| shape_at(bs, i, p)).unwrap_or(i);
                    bodies
                        .iter()
                        .find_map(|b| shape_at(bs, after_prefix, b))
                        .filter(|&e| !glued(bs, e))
                        .map(|e| (e, PHONE))
                })
                .or_else(|| {
                    ["#### #### #### ####", "####-####-####-####"]
                        .iter()
                        .find_map(|p| shape_at(bs, i, p))
                        .or_else(|| {
                            let run = bs[i..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
                            (13..=19).contains(&run).then(|| i + run)
                        })
                        .filter(|&e| !glued(bs, e) && luhn_digits(&bs[i..e]))
                        .map(|e| (e, CARD))
                });
        }
        match found {
            Some((end, tag)) => {
                out.push_str(&line[from..i]);
                out.push_str(tag);
                from = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[from..]);
    out
}
