// learner: optimal
// idiom: small pure matcher functions returning Option<end>, or_else chains, Luhn as a rev().fold, an immutable Cursor rebuilt per step
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

const PHONE_SHAPES: [&str; 4] = ["###-###-####", "###.###.####", "### ### ####", "(###) ###-####"];
const CARD_SHAPES: [&str; 2] = ["#### #### #### ####", "####-####-####-####"];

fn word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn local_byte(c: u8) -> bool {
    word_byte(c) || b"._%+-".contains(&c)
}

fn domain_byte(c: u8) -> bool {
    word_byte(c) || c == b'.' || c == b'-'
}

fn free_before(b: &[u8], at: usize) -> bool {
    at.checked_sub(1).and_then(|p| b.get(p)).map_or(true, |&c| !word_byte(c))
}

fn free_after(b: &[u8], end: usize) -> bool {
    b.get(end).map_or(true, |&c| !word_byte(c))
}

/// End of `shape` laid at `at` ('#' = digit), when it fits.
fn fits(b: &[u8], at: usize, shape: &str) -> Option<usize> {
    let end = at + shape.len();
    b.get(at..end)
        .filter(|w| w.iter().zip(shape.bytes()).all(|(&c, s)| if s == b'#' { c.is_ascii_digit() } else { c == s }))
        .map(|_| end)
}

/// Same, and standing alone (no letter or digit glued to either side).
fn alone(b: &[u8], at: usize, shape: &str) -> Option<usize> {
    fits(b, at, shape).filter(|&e| free_before(b, at) && free_after(b, e))
}

fn luhn_digits<'a>(ds: impl DoubleEndedIterator<Item = &'a u8>) -> bool {
    ds.rev()
        .filter(|c| c.is_ascii_digit())
        .enumerate()
        .fold((0u32, 0usize), |(sum, cnt), (k, &c)| {
            let d = u32::from(c - b'0');
            let v = if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d };
            (sum + v, cnt + 1)
        })
        .pipe(|(sum, cnt)| cnt > 0 && sum % 10 == 0)
}

trait Pipe: Sized {
    fn pipe<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}
impl<T> Pipe for T {}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
///
/// From the rightmost digit leftwards, double every second digit (subtracting 9 when the double
/// exceeds 9); the number is valid when the sum of all digits is a multiple of 10.
pub fn luhn_valid(digits: &str) -> bool {
    digits.bytes().all(|c| c.is_ascii_digit()) && luhn_digits(digits.as_bytes().iter())
}

fn run_end(b: &[u8], from: usize, keep: fn(u8) -> bool) -> usize {
    from + b[from..].iter().take_while(|&&c| keep(c)).count()
}

fn good_domain(d: &[u8]) -> bool {
    let last_label = d.rsplitn(2, |&c| c == b'.').next().unwrap_or(&[]);
    d.first().map_or(false, |&c| word_byte(c))
        && d.contains(&b'.')
        && last_label.len() >= 2
        && last_label.iter().all(u8::is_ascii_alphabetic)
}

/// (match end, end of the local-part run that every start inside it shares)
fn email_at(b: &[u8], at: usize) -> (Option<usize>, usize) {
    let j = run_end(b, at, local_byte);
    let found = (j > at && b.get(j) == Some(&b'@'))
        .then(|| {
            let raw = run_end(b, j + 1, domain_byte);
            let end = (j + 1..=raw).rev().find(|&e| e == j + 1 || b[e - 1] != b'.').unwrap_or(j + 1);
            end
        })
        .filter(|&end| good_domain(&b[j + 1..end]));
    (found, j)
}

fn ssn_at(b: &[u8], at: usize) -> Option<usize> {
    alone(b, at, "###-##-####")
}

fn phone_at(b: &[u8], at: usize) -> Option<usize> {
    let body = ["+1 ", "+1-"]
        .iter()
        .find_map(|p| fits(b, at, p))
        .unwrap_or(at);
    PHONE_SHAPES
        .iter()
        .find_map(|s| fits(b, body, s))
        .filter(|&e| free_before(b, at) && free_after(b, e))
}

fn card_at(b: &[u8], at: usize) -> Option<usize> {
    let grouped = CARD_SHAPES.iter().find_map(|s| alone(b, at, s));
    let plain = || {
        let len = b[at..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
        Some(at + len).filter(|&e| (13..=19).contains(&len) && free_before(b, at) && free_after(b, e))
    };
    grouped.or_else(plain).filter(|&e| luhn_digits(b[at..e].iter()))
}

#[derive(Clone, Copy)]
struct Cursor {
    at: usize,
    kept_from: usize,
    no_email_before: usize,
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by [`EMAIL`], [`SSN`], [`PHONE`] and [`CARD`] (see README.md for the exact shapes).
///
/// Scan left to right; at each position try an e-mail, then an SSN, a phone number and a card
/// number. Must be O(n) in the length of the line, with hand-written scanning (std only).
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut cur = Cursor { at: 0, kept_from: 0, no_email_before: 0 };
    while cur.at < b.len() {
        let at = cur.at;
        let (mail, guard) = if at >= cur.no_email_before {
            let (m, j) = email_at(b, at);
            (m, if m.is_none() { j } else { cur.no_email_before })
        } else {
            (None, cur.no_email_before)
        };
        let hit = mail
            .map(|e| (e, EMAIL))
            .or_else(|| ssn_at(b, at).map(|e| (e, SSN)))
            .or_else(|| phone_at(b, at).map(|e| (e, PHONE)))
            .or_else(|| card_at(b, at).map(|e| (e, CARD)));
        cur = match hit {
            Some((end, tag)) => {
                out.push_str(&line[cur.kept_from..at]);
                out.push_str(tag);
                Cursor { at: end, kept_from: end, no_email_before: guard }
            }
            None => Cursor { at: at + 1, no_email_before: guard, ..cur },
        };
    }
    out.push_str(&line[cur.kept_from..]);
    out
}
