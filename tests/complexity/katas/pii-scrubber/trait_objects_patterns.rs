// learner: optimal
// idiom: a `Pattern` trait implemented by unit-ish structs (Email with a Cell memo, Ssn, Phone, Card), tried in order through a Vec<Box<dyn Pattern>> with find_map; slice patterns for digit groups
//! PII scrubber for log lines: see README.md.

use std::cell::Cell;

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
///
/// From the rightmost digit leftwards, double every second digit (subtracting 9 when the double
/// exceeds 9); the number is valid when the sum of all digits is a multiple of 10.
pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty() && luhn_sum(digits.as_bytes().iter().copied()).map_or(false, |sum| sum % 10 == 0)
}

/// Luhn sum of the digits read right to left; None when a byte is not a digit.
fn luhn_sum<I: DoubleEndedIterator<Item = u8>>(digits: I) -> Option<u32> {
    digits.rev().enumerate().try_fold(0u32, |sum, (k, b)| {
        if !b.is_ascii_digit() {
            return None;
        }
        let mut d = (b - b'0') as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        Some(sum + d)
    })
}

fn is_alnum(s: &[u8], i: usize) -> bool {
    s.get(i).map_or(false, |b| b.is_ascii_alphanumeric())
}

fn bounded(s: &[u8], start: usize, end: usize) -> bool {
    (start == 0 || !is_alnum(s, start - 1)) && !is_alnum(s, end)
}

fn digits_at(s: &[u8], i: usize, n: usize) -> bool {
    s.get(i..i + n).map_or(false, |w| w.iter().all(u8::is_ascii_digit))
}

trait Pattern {
    /// End of a match starting exactly at `i`.
    fn try_at(&self, s: &[u8], i: usize) -> Option<usize>;
    fn label(&self) -> &'static str;
}

struct Email {
    /// every start below this index is known to fail
    fails_before: Cell<usize>,
}

impl Email {
    fn local(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
    }
    fn domain(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
    }
    fn check_domain(s: &[u8], at: usize) -> Option<usize> {
        let mut end = at;
        while end < s.len() && Self::domain(s[end]) {
            end += 1;
        }
        while end > at && s[end - 1] == b'.' {
            end -= 1;
        }
        let d = &s[at..end];
        let first_ok = d.first().map_or(false, |b| b.is_ascii_alphanumeric());
        let dot = d.iter().rposition(|&b| b == b'.')?;
        let last = &d[dot + 1..];
        (first_ok && last.len() >= 2 && last.iter().all(u8::is_ascii_alphabetic)).then_some(end)
    }
}

impl Pattern for Email {
    fn try_at(&self, s: &[u8], i: usize) -> Option<usize> {
        if i < self.fails_before.get() || !Self::local(s[i]) {
            return None;
        }
        let mut j = i;
        while j < s.len() && Self::local(s[j]) {
            j += 1;
        }
        let found = match s.get(j) {
            Some(b'@') => Self::check_domain(s, j + 1),
            _ => None,
        };
        if found.is_none() {
            self.fails_before.set(j);
        }
        found
    }
    fn label(&self) -> &'static str {
        EMAIL
    }
}

struct Ssn;

impl Pattern for Ssn {
    fn try_at(&self, s: &[u8], i: usize) -> Option<usize> {
        match s.get(i..i + 11)? {
            [a, b, c, b'-', d, e, b'-', f, g, h, k]
                if [a, b, c, d, e, f, g, h, k].iter().all(|x| x.is_ascii_digit()) =>
            {
                bounded(s, i, i + 11).then_some(i + 11)
            }
            _ => None,
        }
    }
    fn label(&self) -> &'static str {
        SSN
    }
}

struct Phone;

impl Phone {
    fn body(s: &[u8], i: usize) -> Option<usize> {
        if s.get(i) == Some(&b'(') {
            let ok = digits_at(s, i + 1, 3)
                && s.get(i + 4..i + 6) == Some(b") ")
                && digits_at(s, i + 6, 3)
                && s.get(i + 9) == Some(&b'-')
                && digits_at(s, i + 10, 4);
            return ok.then_some(i + 14);
        }
        let sep = *s.get(i + 3)?;
        let ok = matches!(sep, b'-' | b'.' | b' ')
            && digits_at(s, i, 3)
            && digits_at(s, i + 4, 3)
            && s.get(i + 7) == Some(&sep)
            && digits_at(s, i + 8, 4);
        ok.then_some(i + 12)
    }
}

impl Pattern for Phone {
    fn try_at(&self, s: &[u8], i: usize) -> Option<usize> {
        let body_start = match s.get(i..i + 3) {
            Some(b"+1 ") | Some(b"+1-") => i + 3,
            _ => i,
        };
        Phone::body(s, body_start).filter(|&end| bounded(s, i, end))
    }
    fn label(&self) -> &'static str {
        PHONE
    }
}

struct Card;

impl Pattern for Card {
    fn try_at(&self, s: &[u8], i: usize) -> Option<usize> {
        if i > 0 && is_alnum(s, i - 1) {
            return None;
        }
        // grouped form: dddd?dddd?dddd?dddd with one separator
        if let Some(&sep) = s.get(i + 4).filter(|b| matches!(b, b' ' | b'-')) {
            let grouped = (0..4).all(|g| digits_at(s, i + 5 * g, 4))
                && s.get(i + 9) == Some(&sep)
                && s.get(i + 14) == Some(&sep);
            if grouped && bounded(s, i, i + 19) {
                let digits = (0..4).flat_map(|g| s[i + 5 * g..i + 5 * g + 4].iter().copied());
                let sum = luhn_bytes_fwd(digits);
                return (sum % 10 == 0).then_some(i + 19);
            }
            return None;
        }
        // plain run of 13..=19 digits (stop looking after 20)
        let run = s[i..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
        if (13..=19).contains(&run) && bounded(s, i, i + run) {
            (luhn_sum(s[i..i + run].iter().copied())? % 10 == 0).then_some(i + run)
        } else {
            None
        }
    }
    fn label(&self) -> &'static str {
        CARD
    }
}

/// Luhn sum of exactly 16 grouped digits, read left to right (even count: double the even positions).
fn luhn_bytes_fwd<I: Iterator<Item = u8>>(digits: I) -> u32 {
    digits
        .enumerate()
        .map(|(k, b)| {
            let d = (b - b'0') as u32;
            if k % 2 == 0 {
                let dd = d * 2;
                if dd > 9 { dd - 9 } else { dd }
            } else {
                d
            }
        })
        .sum()
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by [`EMAIL`], [`SSN`], [`PHONE`] and [`CARD`] (see README.md for the exact shapes).
///
/// Scan left to right; at each position try an e-mail, then an SSN, a phone number and a card
/// number. Must be O(n) in the length of the line, with hand-written scanning (std only).
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let patterns: Vec<Box<dyn Pattern>> = vec![
        Box::new(Email { fails_before: Cell::new(0) }),
        Box::new(Ssn),
        Box::new(Phone),
        Box::new(Card),
    ];
    let mut out = String::with_capacity(line.len());
    let mut kept_from = 0;
    let mut i = 0;
    while i < s.len() {
        if !s[i].is_ascii() {
            i += 1;
            continue;
        }
        let hit = patterns.iter().find_map(|p| p.try_at(s, i).map(|end| (end, p.label())));
        match hit {
            Some((end, label)) => {
                out.push_str(&line[kept_from..i]);
                out.push_str(label);
                kept_from = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[kept_from..]);
    out
}
