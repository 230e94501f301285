// learner: optimal
// idiom: heavy generics and traits: a Shape trait with one impl per PII kind, generic try_shape helper, email with a skip watermark
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn digit_at(s: &[u8], i: usize) -> bool {
    s.get(i).map_or(false, |b| b.is_ascii_digit())
}

fn byte_at(s: &[u8], i: usize, want: u8) -> bool {
    s.get(i) == Some(&want)
}

/// Matches a fixed pattern where `d` is a digit and anything else is literal.
fn fixed(s: &[u8], at: usize, pattern: &[u8]) -> bool {
    pattern.iter().enumerate().all(|(k, &p)| if p == b'd' { digit_at(s, at + k) } else { byte_at(s, at + k, p) })
}

/// A kind of bounded PII: returns the end of a match starting at `at`, if any.
trait Shape {
    const TAG: &'static str;
    fn end_of(s: &[u8], at: usize) -> Option<usize>;
}

struct Ssn;
struct Phone;
struct Card;

impl Shape for Ssn {
    const TAG: &'static str = SSN;
    fn end_of(s: &[u8], at: usize) -> Option<usize> {
        fixed(s, at, b"ddd-dd-dddd").then_some(at + 11)
    }
}

impl Shape for Phone {
    const TAG: &'static str = PHONE;
    fn end_of(s: &[u8], at: usize) -> Option<usize> {
        let body = if fixed(s, at, b"+1 ") || fixed(s, at, b"+1-") { at + 3 } else { at };
        [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"]
            .iter()
            .find(|p| fixed(s, body, p))
            .map(|p| body + p.len())
    }
}

impl Shape for Card {
    const TAG: &'static str = CARD;
    fn end_of(s: &[u8], at: usize) -> Option<usize> {
        let run = (at..s.len().min(at + 20)).take_while(|&k| s[k].is_ascii_digit()).count();
        let end = if (13..=19).contains(&run) {
            at + run
        } else if fixed(s, at, b"dddd dddd dddd dddd") || fixed(s, at, b"dddd-dddd-dddd-dddd") {
            at + 19
        } else {
            return None;
        };
        let ok = luhn_bytes(s[at..end].iter().copied().filter(|b| b.is_ascii_digit()).rev());
        ok.then_some(end)
    }
}

fn luhn_bytes<I: Iterator<Item = u8>>(rev_digits: I) -> bool {
    let mut sum = 0u32;
    let mut count = 0usize;
    for (k, b) in rev_digits.enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        count += 1;
    }
    count > 0 && sum % 10 == 0
}

/// Tries a bounded shape with the boundary rule: no letter/digit right before or after.
fn try_shape<S: Shape>(s: &[u8], at: usize) -> Option<(usize, &'static str)> {
    if at > 0 && alnum(s[at - 1]) {
        return None;
    }
    let end = S::end_of(s, at)?;
    if end < s.len() && alnum(s[end]) {
        return None;
    }
    Some((end, S::TAG))
}

fn is_local(b: u8) -> bool {
    alnum(b) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    alnum(b) || b == b'.' || b == b'-'
}

/// Tries an e-mail at `at`. Err(j) means: no e-mail starts anywhere in at..j.
fn try_email(s: &[u8], at: usize) -> Result<usize, usize> {
    let mut j = at;
    while j < s.len() && is_local(s[j]) {
        j += 1;
    }
    if j == at || !byte_at(s, j, b'@') {
        return Err(j.max(at + 1));
    }
    let start = j + 1;
    let mut e = start;
    while e < s.len() && is_domain(s[e]) {
        e += 1;
    }
    while e > start && s[e - 1] == b'.' {
        e -= 1;
    }
    let domain = &s[start..e];
    let last_label = domain.rsplitn(2, |&b| b == b'.').next().unwrap_or(&[]);
    let valid = !domain.is_empty()
        && alnum(domain[0])
        && domain.contains(&b'.')
        && last_label.len() >= 2
        && last_label.iter().all(|b| b.is_ascii_alphabetic());
    if valid { Ok(e) } else { Err(j) }
}

pub fn luhn_valid(digits: &str) -> bool {
    luhn_bytes(digits.bytes().rev())
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let (mut i, mut copied, mut no_email_before) = (0usize, 0usize, 0usize);
    while i < s.len() {
        let mut hit: Option<(usize, &'static str)> = None;
        if i >= no_email_before {
            match try_email(s, i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(j) => no_email_before = j,
            }
        }
        let hit = hit
            .or_else(|| try_shape::<Ssn>(s, i))
            .or_else(|| try_shape::<Phone>(s, i))
            .or_else(|| try_shape::<Card>(s, i));
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                i = end;
                copied = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
