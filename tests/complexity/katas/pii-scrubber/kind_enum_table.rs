// learner: optimal
// idiom: enum of PII kinds dispatched by match, find_map over a const table, byte patterns checked with zip, peekable-free pure helpers
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Kind {
    Email,
    Ssn,
    Phone,
    Card,
}

const ORDER: [Kind; 4] = [Kind::Email, Kind::Ssn, Kind::Phone, Kind::Card];

const PHONE_BODIES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const PHONE_PREFIXES: [&[u8]; 3] = [b"+1 ", b"+1-", b""];
const CARD_GROUPS: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Email => EMAIL,
            Kind::Ssn => SSN,
            Kind::Phone => PHONE,
            Kind::Card => CARD,
        }
    }
}

fn luhn_sum(rev_digits: impl Iterator<Item = u32>) -> u32 {
    rev_digits
        .zip([false, true].iter().cycle())
        .map(|(d, &dbl)| match (dbl, d * 2) {
            (true, x) if x > 9 => x - 9,
            (true, x) => x,
            (false, _) => d,
        })
        .sum()
}

pub fn luhn_valid(digits: &str) -> bool {
    match digits.as_bytes() {
        [] => false,
        b if b.iter().all(u8::is_ascii_digit) => {
            luhn_sum(b.iter().rev().map(|&c| (c - b'0') as u32)) % 10 == 0
        }
        _ => false,
    }
}

fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Does `pattern` ('d' = digit) match `s` at `i`? Gives the end.
fn fits(s: &[u8], i: usize, pattern: &[u8]) -> Option<usize> {
    let window = s.get(i..i + pattern.len())?;
    window
        .iter()
        .zip(pattern)
        .all(|(&b, &p)| if p == b'd' { b.is_ascii_digit() } else { b == p })
        .then_some(i + pattern.len())
}

fn bounded(s: &[u8], end: usize) -> Option<usize> {
    match s.get(end) {
        Some(&b) if word(b) => None,
        _ => Some(end),
    }
}

fn luhn_bytes(bytes: &[u8]) -> bool {
    luhn_sum(bytes.iter().rev().filter(|b| b.is_ascii_digit()).map(|&c| (c - b'0') as u32)) % 10 == 0
}

fn ssn_at(s: &[u8], i: usize) -> Option<usize> {
    fits(s, i, b"ddd-dd-dddd").and_then(|e| bounded(s, e))
}

fn phone_at(s: &[u8], i: usize) -> Option<usize> {
    PHONE_PREFIXES
        .iter()
        .filter_map(|pre| fits(s, i, pre))
        .find_map(|j| PHONE_BODIES.iter().find_map(|body| fits(s, j, body)))
        .and_then(|e| bounded(s, e))
}

fn card_at(s: &[u8], i: usize) -> Option<usize> {
    let run = s[i..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
    let contiguous = Some(i + run)
        .filter(|_| (13..=19).contains(&run))
        .and_then(|e| bounded(s, e));
    contiguous
        .or_else(|| CARD_GROUPS.iter().find_map(|g| fits(s, i, g)).and_then(|e| bounded(s, e)))
        .filter(|&e| luhn_bytes(&s[i..e]))
}

fn email_at(s: &[u8], i: usize, dead_until: &mut usize) -> Option<usize> {
    if i < *dead_until {
        return None;
    }
    let local = |b: &u8| word(*b) || b".\x5f%+-".contains(b);
    let at = i + s[i..].iter().take_while(|b| local(b)).count();
    let domain_ok = |d: &[u8]| -> bool {
        let tld = d.iter().rev().take_while(|&&b| b != b'.').count();
        d.first().map_or(false, |b| word(*b))
            && d.contains(&b'.')
            && tld >= 2
            && d[d.len() - tld..].iter().all(u8::is_ascii_alphabetic)
    };
    let hit = (at > i && s.get(at) == Some(&b'@'))
        .then(|| {
            let start = at + 1;
            let raw = s[start..].iter().take_while(|&&b| word(b) || b == b'.' || b == b'-').count();
            let trimmed = raw - s[start..start + raw].iter().rev().take_while(|&&b| b == b'.').count();
            start + trimmed
        })
        .filter(|&end| domain_ok(&s[at + 1..end]));
    if hit.is_none() {
        *dead_until = at.max(i + 1);
    }
    hit
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut dead_until = 0;
    let mut kept = 0;
    let mut i = 0;
    while i < s.len() {
        let left_free = i == 0 || !word(s[i - 1]);
        let found = ORDER.iter().find_map(|&kind| {
            let end = match kind {
                Kind::Email => email_at(s, i, &mut dead_until),
                _ if !left_free => None,
                Kind::Ssn => ssn_at(s, i),
                Kind::Phone => phone_at(s, i),
                Kind::Card => card_at(s, i),
            };
            end.map(|e| (e, kind))
        });
        if let Some((end, kind)) = found {
            out += &line[kept..i];
            out += kind.tag();
            kept = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out + &line[kept..]
}
