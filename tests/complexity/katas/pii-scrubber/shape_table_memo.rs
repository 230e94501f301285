// learner: optimal
// idiom: Erlang-flavoured: backward pass builds a run-end table (like an ETS memo), shapes as a const table of {kind, template} tuples, iterator folds
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty()
        && b.iter().all(u8::is_ascii_digit)
        && luhn_sum(b.iter().copied()) % 10 == 0
}

/// Luhn sum over the digits of `it` (non-digits are skipped).
fn luhn_sum<I: DoubleEndedIterator<Item = u8>>(it: I) -> u32 {
    it.rev()
        .filter(u8::is_ascii_digit)
        .map(|c| (c - b'0') as u32)
        .enumerate()
        .map(|(k, d)| if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d })
        .sum()
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Ssn,
    Phone,
    Card,
}

/// 'd' = digit; everything else literal. Tried in table order.
const SHAPES: &[(Kind, &[u8])] = &[
    (Kind::Ssn, b"ddd-dd-dddd"),
    (Kind::Phone, b"+1 ddd-ddd-dddd"),
    (Kind::Phone, b"+1 ddd.ddd.dddd"),
    (Kind::Phone, b"+1 ddd ddd dddd"),
    (Kind::Phone, b"+1 (ddd) ddd-dddd"),
    (Kind::Phone, b"+1-ddd-ddd-dddd"),
    (Kind::Phone, b"+1-ddd.ddd.dddd"),
    (Kind::Phone, b"+1-ddd ddd dddd"),
    (Kind::Phone, b"+1-(ddd) ddd-dddd"),
    (Kind::Phone, b"ddd-ddd-dddd"),
    (Kind::Phone, b"ddd.ddd.dddd"),
    (Kind::Phone, b"ddd ddd dddd"),
    (Kind::Phone, b"(ddd) ddd-dddd"),
    (Kind::Card, b"dddd dddd dddd dddd"),
    (Kind::Card, b"dddd-dddd-dddd-dddd"),
];

fn tag_of(k: Kind) -> &'static str {
    match k {
        Kind::Ssn => SSN,
        Kind::Phone => PHONE,
        Kind::Card => CARD,
    }
}

fn fits(src: &[u8], at: usize, tpl: &[u8]) -> bool {
    src.get(at..at + tpl.len()).map_or(false, |w| {
        w.iter().zip(tpl).all(|(&c, &t)| if t == b'd' { c.is_ascii_digit() } else { c == t })
    })
}

fn glued(src: &[u8], at: usize) -> bool {
    src.get(at).map_or(false, u8::is_ascii_alphanumeric)
}

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(&c)
}

/// End of a valid domain after the '@' at `at`, if any.
fn domain_end(src: &[u8], at: usize) -> Option<usize> {
    if src.get(at) != Some(&b'@') {
        return None;
    }
    let start = at + 1;
    let raw_end = start
        + src[start..].iter().take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'-').count();
    let end = start + src[start..raw_end].iter().rposition(|&c| c != b'.').map_or(0, |p| p + 1);
    let dom = &src[start..end];
    let first_ok = dom.first().map_or(false, u8::is_ascii_alphanumeric);
    let tld = dom.rsplitn(2, |&c| c == b'.').collect::<Vec<_>>();
    match (first_ok, tld.as_slice()) {
        (true, [last, _rest]) if last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic) => Some(end),
        _ => None,
    }
}

pub fn scrub(line: &str) -> String {
    let src = line.as_bytes();
    let len = src.len();

    // run_end[i]: first index >= i that is not a local-part byte.
    let mut run_end = vec![0usize; len + 1];
    run_end[len] = len;
    for i in (0..len).rev() {
        run_end[i] = if local_byte(src[i]) { run_end[i + 1] } else { i };
    }
    // memo: the run end whose @domain was already judged, and the verdict.
    let mut judged: Option<(usize, Option<usize>)> = None;

    let mut out = String::with_capacity(len);
    let mut kept_from = 0;
    let mut i = 0;
    while i < len {
        let j = run_end[i];
        let email = if j > i {
            match judged {
                Some((at, verdict)) if at == j => verdict,
                _ => {
                    let verdict = domain_end(src, j);
                    judged = Some((j, verdict));
                    verdict
                }
            }
        } else {
            None
        };

        let hit: Option<(&str, usize)> = match email {
            Some(end) => Some((EMAIL, end)),
            None if i > 0 && src[i - 1].is_ascii_alphanumeric() => None,
            None => {
                let mut found = None;
                for &(kind, tpl) in SHAPES {
                    if kind == Kind::Card && found.is_none() {
                        // contiguous card first: 13..=19 digits, at most 20 read
                        let run = src[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
                        if (13..=19).contains(&run) && !glued(src, i + run) && luhn_sum(src[i..i + run].iter().copied()) % 10 == 0 {
                            found = Some((CARD, i + run));
                            break;
                        }
                    }
                    let end = i + tpl.len();
                    if fits(src, i, tpl) && !glued(src, end) && (kind != Kind::Card || luhn_sum(src[i..end].iter().copied()) % 10 == 0) {
                        found = Some((tag_of(kind), end));
                        break;
                    }
                }
                found
            }
        };

        match hit {
            Some((tag, end)) => {
                out.push_str(&line[kept_from..i]);
                out.push_str(tag);
                kept_from = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[kept_from..]);
    out
}
