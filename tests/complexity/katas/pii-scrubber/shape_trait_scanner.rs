// learner: optimal
// idiom: Shape trait with default boundary checks, unit-struct shapes in a table, Scanner struct with memo of failed e-mail run
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Luhn over any iterator of digit values, rightmost first.
fn luhn_rev(digits: impl Iterator<Item = u8>) -> bool {
    let total: u32 = digits
        .enumerate()
        .map(|(pos, d)| {
            let d = u32::from(d);
            if pos % 2 == 1 {
                let twice = d * 2;
                if twice > 9 { twice - 9 } else { twice }
            } else {
                d
            }
        })
        .sum();
    total % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn_rev(b.iter().rev().map(|c| c - b'0'))
}

/// A bounded PII shape: tried at one position, returns where the match ends.
trait Shape {
    const TAG: &'static str;
    fn body(b: &[u8], i: usize) -> Option<usize>;

    fn left_ok(b: &[u8], i: usize) -> bool {
        i == 0 || !word_byte(b[i - 1])
    }
    fn right_ok(b: &[u8], end: usize) -> bool {
        end >= b.len() || !word_byte(b[end])
    }
    fn matches(b: &[u8], i: usize) -> Option<usize> {
        if !Self::left_ok(b, i) {
            return None;
        }
        Self::body(b, i).filter(|&end| Self::right_ok(b, end))
    }
}

/// Checks `b[i..]` against a pattern where `d` is a digit and anything else is literal.
fn pattern(b: &[u8], i: usize, pat: &[u8]) -> Option<usize> {
    let end = i + pat.len();
    let slice = b.get(i..end)?;
    slice
        .iter()
        .zip(pat)
        .all(|(&c, &p)| if p == b'd' { c.is_ascii_digit() } else { c == p })
        .then_some(end)
}

struct Ssn;
struct Phone;
struct Card;

impl Shape for Ssn {
    const TAG: &'static str = SSN;
    fn body(b: &[u8], i: usize) -> Option<usize> {
        pattern(b, i, b"ddd-dd-dddd")
    }
}

impl Shape for Phone {
    const TAG: &'static str = PHONE;
    fn body(b: &[u8], i: usize) -> Option<usize> {
        let start = [&b"+1 "[..], b"+1-"]
            .iter()
            .find_map(|pre| pattern(b, i, pre))
            .unwrap_or(i);
        [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"]
            .iter()
            .find_map(|pat| pattern(b, start, pat))
    }
}

impl Card {
    fn contiguous(b: &[u8], i: usize) -> Option<usize> {
        let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
        if !(13..=19).contains(&run) {
            return None;
        }
        let end = i + run;
        luhn_rev(b[i..end].iter().rev().map(|c| c - b'0')).then_some(end)
    }
    fn grouped(b: &[u8], i: usize) -> Option<usize> {
        let end = pattern(b, i, b"dddd dddd dddd dddd").or_else(|| pattern(b, i, b"dddd-dddd-dddd-dddd"))?;
        let digits = b[i..end].iter().rev().filter(|c| c.is_ascii_digit()).map(|c| c - b'0');
        luhn_rev(digits).then_some(end)
    }
}

impl Shape for Card {
    const TAG: &'static str = CARD;
    fn body(b: &[u8], i: usize) -> Option<usize> {
        Self::contiguous(b, i).or_else(|| Self::grouped(b, i))
    }
}

struct Scanner<'a> {
    line: &'a str,
    b: &'a [u8],
    /// No e-mail can start before this index: the local-part run there was proved useless.
    no_email_before: usize,
}

impl<'a> Scanner<'a> {
    fn new(line: &'a str) -> Self {
        Scanner { line, b: line.as_bytes(), no_email_before: 0 }
    }

    fn local_byte(c: u8) -> bool {
        c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
    }

    fn domain_ok(d: &[u8]) -> bool {
        let Some(&first) = d.first() else { return false };
        let Some(dot) = d.iter().rposition(|&c| c == b'.') else { return false };
        let tld = &d[dot + 1..];
        first.is_ascii_alphanumeric() && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        if i < self.no_email_before {
            return None;
        }
        let b = self.b;
        let at = i + b[i..].iter().take_while(|&&c| Self::local_byte(c)).count();
        if at == i {
            return None;
        }
        if b.get(at) == Some(&b'@') {
            let run = b[at + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'.' || **c == b'-')
                .count();
            let mut end = at + 1 + run;
            while end > at + 1 && b[end - 1] == b'.' {
                end -= 1;
            }
            if Self::domain_ok(&b[at + 1..end]) {
                return Some(end);
            }
        }
        self.no_email_before = at;
        None
    }

    fn run(mut self) -> String {
        let mut out = String::with_capacity(self.line.len());
        let (mut kept_from, mut i) = (0, 0);
        while i < self.b.len() {
            let hit = self
                .email(i)
                .map(|e| (e, EMAIL))
                .or_else(|| Ssn::matches(self.b, i).map(|e| (e, Ssn::TAG)))
                .or_else(|| Phone::matches(self.b, i).map(|e| (e, Phone::TAG)))
                .or_else(|| Card::matches(self.b, i).map(|e| (e, Card::TAG)));
            match hit {
                Some((end, tag)) => {
                    out.push_str(&self.line[kept_from..i]);
                    out.push_str(tag);
                    i = end;
                    kept_from = end;
                }
                None => i += 1,
            }
        }
        out.push_str(&self.line[kept_from..]);
        out
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    Scanner::new(line).run()
}
