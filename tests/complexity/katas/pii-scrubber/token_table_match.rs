// learner: optimal
// idiom: table-driven: shapes as slices of Tok enums interpreted by one matcher, match-heavy, try_fold Luhn, Vec<u8> output
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Tok {
    Digits(usize),
    Lit(u8),
    /// a separator from the set; every later `Same` must repeat it
    Sep(&'static [u8]),
    Same,
}

use Tok::*;

const SSN_SHAPES: &[&[Tok]] = &[&[Digits(3), Lit(b'-'), Digits(2), Lit(b'-'), Digits(4)]];

const PHONE_SHAPES: &[&[Tok]] = &[
    &[Digits(3), Sep(b"-. "), Digits(3), Same, Digits(4)],
    &[Lit(b'('), Digits(3), Lit(b')'), Lit(b' '), Digits(3), Lit(b'-'), Digits(4)],
    &[Lit(b'+'), Lit(b'1'), Sep(b" -"), Digits(3), Lit(b'-'), Digits(3), Lit(b'-'), Digits(4)],
    &[Lit(b'+'), Lit(b'1'), Sep(b" -"), Digits(3), Lit(b'.'), Digits(3), Lit(b'.'), Digits(4)],
    &[Lit(b'+'), Lit(b'1'), Sep(b" -"), Digits(3), Lit(b' '), Digits(3), Lit(b' '), Digits(4)],
    &[Lit(b'+'), Lit(b'1'), Sep(b" -"), Lit(b'('), Digits(3), Lit(b')'), Lit(b' '), Digits(3), Lit(b'-'), Digits(4)],
];

const GROUPED_CARD: &[Tok] = &[Digits(4), Sep(b" -"), Digits(4), Same, Digits(4), Same, Digits(4)];

fn run_shape(s: &[u8], mut at: usize, shape: &[Tok]) -> Option<usize> {
    let mut sep = 0u8;
    for tok in shape {
        match *tok {
            Digits(n) => {
                let chunk = s.get(at..at + n)?;
                if !chunk.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                at += n;
            }
            Lit(c) => match s.get(at) {
                Some(&x) if x == c => at += 1,
                _ => return None,
            },
            Sep(set) => match s.get(at) {
                Some(&x) if set.contains(&x) => {
                    sep = x;
                    at += 1;
                }
                _ => return None,
            },
            Same => match s.get(at) {
                Some(&x) if x == sep => at += 1,
                _ => return None,
            },
        }
    }
    Some(at)
}

fn word_byte(s: &[u8], i: usize) -> bool {
    match s.get(i) {
        Some(c) => c.is_ascii_alphanumeric(),
        None => false,
    }
}

fn first_shape(s: &[u8], at: usize, shapes: &[&[Tok]]) -> Option<usize> {
    if at > 0 && word_byte(s, at - 1) {
        return None;
    }
    for shape in shapes {
        match run_shape(s, at, shape) {
            Some(end) if !word_byte(s, end) => return Some(end),
            _ => {}
        }
    }
    None
}

fn luhn_bytes<'a>(it: impl DoubleEndedIterator<Item = &'a u8>) -> Option<bool> {
    let (sum, seen) = it.rev().filter(|c| **c != b' ' && **c != b'-').try_fold((0u32, 0usize), |(sum, k), &c| {
        let d = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            _ => return None,
        };
        let v = match (k % 2, d * 2) {
            (1, dd) if dd > 9 => dd - 9,
            (1, dd) => dd,
            _ => d,
        };
        Some((sum + v, k + 1))
    })?;
    Some(seen > 0 && sum % 10 == 0)
}

pub fn luhn_valid(digits: &str) -> bool {
    match digits.bytes().any(|c| c == b' ' || c == b'-') {
        true => false,
        false => luhn_bytes(digits.as_bytes().iter()).unwrap_or(false),
    }
}

fn card_at(s: &[u8], at: usize) -> Option<usize> {
    if let Some(end) = first_shape(s, at, &[GROUPED_CARD]) {
        if luhn_bytes(s[at..end].iter()) == Some(true) {
            return Some(end);
        }
    }
    if at > 0 && word_byte(s, at - 1) {
        return None;
    }
    let mut end = at;
    while end < s.len() && end - at < 20 && s[end].is_ascii_digit() {
        end += 1;
    }
    match end - at {
        13..=19 if !word_byte(s, end) && luhn_bytes(s[at..end].iter()) == Some(true) => Some(end),
        _ => None,
    }
}

enum Mail {
    Hit(usize),
    /// the local-part run ends here; no start before it can succeed
    Miss(usize),
}

fn mail_at(s: &[u8], at: usize) -> Mail {
    let mut j = at;
    while j < s.len() && matches!(s[j], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'_' | b'%' | b'+' | b'-') {
        j += 1;
    }
    if j == at {
        return Mail::Miss(at + 1);
    }
    if s.get(j) != Some(&b'@') {
        return Mail::Miss(j);
    }
    let start = j + 1;
    let mut end = start;
    while end < s.len() && matches!(s[end], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-') {
        end += 1;
    }
    while end > start && s[end - 1] == b'.' {
        end -= 1;
    }
    let domain = &s[start..end];
    let last_dot = domain.iter().rposition(|&c| c == b'.');
    match (domain.first(), last_dot) {
        (Some(c), Some(dot)) if c.is_ascii_alphanumeric() => {
            let tld = &domain[dot + 1..];
            if tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
                Mail::Hit(end)
            } else {
                Mail::Miss(j)
            }
        }
        _ => Mail::Miss(j),
    }
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut mail_blocked_until = 0;
    let mut i = 0;
    while i < s.len() {
        let mut hit = None;
        if i >= mail_blocked_until {
            match mail_at(s, i) {
                Mail::Hit(end) => hit = Some((end, EMAIL)),
                Mail::Miss(run_end) => mail_blocked_until = run_end,
            }
        }
        if hit.is_none() {
            hit = first_shape(s, i, SSN_SHAPES)
                .map(|e| (e, SSN))
                .or_else(|| first_shape(s, i, PHONE_SHAPES).map(|e| (e, PHONE)))
                .or_else(|| card_at(s, i).map(|e| (e, CARD)));
        }
        match hit {
            Some((end, tag)) => {
                out.extend_from_slice(tag.as_bytes());
                i = end;
            }
            None => {
                out.push(s[i]);
                i += 1;
            }
        }
    }
    // only whole ASCII matches were replaced and every other byte copied in order
    String::from_utf8(out).expect("still UTF-8")
}
