// learner: slow
// why: scrub is O(n^2) time, target O(n): the card matcher counts the whole digit run before checking the left boundary, so every position inside a long digit run re-reads the rest of it
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// In a shape, this byte stands for one ASCII digit; every other byte is literal.
const DIGIT: u8 = b'd';
const SSN_SHAPE: &[u8] = b"ddd-dd-dddd";
const PHONE_PREFIXES: [&[u8]; 3] = [b"+1 ", b"+1-", b""];
const PHONE_SHAPES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const CARD_GROUPED: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];
const CARD_DIGITS_MIN: usize = 13;
const CARD_DIGITS_MAX: usize = 19;
const LOCAL_EXTRA: &[u8] = b"._%+-";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Email,
    Ssn,
    Phone,
    Card,
}

impl Kind {
    const fn tag(self) -> &'static str {
        match self {
            Kind::Email => EMAIL,
            Kind::Ssn => SSN,
            Kind::Phone => PHONE,
            Kind::Card => CARD,
        }
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || LOCAL_EXTRA.contains(&b)
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

/// Luhn over digit values given left to right.
fn luhn_digits<I>(digits: I) -> bool
where
    I: DoubleEndedIterator<Item = u8>,
{
    let sum: u32 = digits
        .rev()
        .enumerate()
        .map(|(k, d)| {
            let d = u32::from(d);
            match k % 2 {
                0 => d,
                _ if d * 2 > 9 => d * 2 - 9,
                _ => d * 2,
            }
        })
        .sum();
    sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    !bytes.is_empty()
        && bytes.iter().all(u8::is_ascii_digit)
        && luhn_digits(bytes.iter().map(|b| b - b'0'))
}

struct Scanner<'a> {
    bytes: &'a [u8],
    /// E-mail attempts before this index are known to fail (same local-part run).
    no_email_before: usize,
}

impl<'a> Scanner<'a> {
    fn new(line: &'a str) -> Self {
        Scanner { bytes: line.as_bytes(), no_email_before: 0 }
    }

    fn free_before(&self, at: usize) -> bool {
        at == 0 || !is_word(self.bytes[at - 1])
    }

    fn free_after(&self, end: usize) -> bool {
        self.bytes.get(end).map_or(true, |&b| !is_word(b))
    }

    /// End of `shape` if it matches exactly at `at`.
    fn fits(&self, at: usize, shape: &[u8]) -> Option<usize> {
        let end = at + shape.len();
        let window = self.bytes.get(at..end)?;
        let ok = window
            .iter()
            .zip(shape)
            .all(|(&b, &s)| if s == DIGIT { b.is_ascii_digit() } else { b == s });
        ok.then_some(end)
    }

    fn email(&mut self, at: usize) -> Option<usize> {
        if at < self.no_email_before {
            return None;
        }
        let local_end = at + self.bytes[at..].iter().take_while(|&&b| is_local(b)).count();
        if local_end == at {
            return None;
        }
        let found = self.domain_after(local_end);
        if found.is_none() {
            self.no_email_before = local_end;
        }
        found
    }

    fn domain_after(&self, at_sign: usize) -> Option<usize> {
        if self.bytes.get(at_sign) != Some(&b'@') {
            return None;
        }
        let start = at_sign + 1;
        let mut end = start + self.bytes[start..].iter().take_while(|&&b| is_domain(b)).count();
        while end > start && self.bytes[end - 1] == b'.' {
            end -= 1;
        }
        let domain = &self.bytes[start..end];
        if !is_word(*domain.first()?) {
            return None;
        }
        let dot = domain.iter().rposition(|&b| b == b'.')?;
        let last_label = &domain[dot + 1..];
        (last_label.len() >= 2 && last_label.iter().all(u8::is_ascii_alphabetic)).then_some(end)
    }

    fn ssn(&self, at: usize) -> Option<usize> {
        if !self.free_before(at) {
            return None;
        }
        self.fits(at, SSN_SHAPE).filter(|&end| self.free_after(end))
    }

    fn phone(&self, at: usize) -> Option<usize> {
        if !self.free_before(at) {
            return None;
        }
        PHONE_PREFIXES.iter().find_map(|prefix| {
            let body = self.fits(at, prefix)?;
            PHONE_SHAPES
                .iter()
                .find_map(|shape| self.fits(body, shape))
                .filter(|&end| self.free_after(end))
        })
    }

    fn card(&self, at: usize) -> Option<usize> {
        let run = self.bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        if !(CARD_DIGITS_MIN..=CARD_DIGITS_MAX).contains(&run) && run != 4 {
            return None;
        }
        if !self.free_before(at) {
            return None;
        }
        if (CARD_DIGITS_MIN..=CARD_DIGITS_MAX).contains(&run)
            && self.free_after(at + run)
            && luhn_digits(self.bytes[at..at + run].iter().map(|b| b - b'0'))
        {
            return Some(at + run);
        }
        CARD_GROUPED
            .iter()
            .find_map(|shape| self.fits(at, shape))
            .filter(|&end| {
                self.free_after(end)
                    && luhn_digits(
                        self.bytes[at..end]
                            .iter()
                            .filter(|b| b.is_ascii_digit())
                            .map(|b| b - b'0'),
                    )
            })
    }

    fn match_at(&mut self, at: usize) -> Option<(Kind, usize)> {
        if !self.bytes[at].is_ascii() {
            return None;
        }
        if let Some(end) = self.email(at) {
            return Some((Kind::Email, end));
        }
        self.ssn(at)
            .map(|end| (Kind::Ssn, end))
            .or_else(|| self.phone(at).map(|end| (Kind::Phone, end)))
            .or_else(|| self.card(at).map(|end| (Kind::Card, end)))
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by [`EMAIL`], [`SSN`], [`PHONE`] and [`CARD`] (see README.md for the exact shapes).
pub fn scrub(line: &str) -> String {
    let mut scanner = Scanner::new(line);
    let mut out = String::with_capacity(line.len());
    let (mut at, mut copied) = (0, 0);
    while at < line.len() {
        match scanner.match_at(at) {
            Some((kind, end)) => {
                out.push_str(&line[copied..at]);
                out.push_str(kind.tag());
                at = end;
                copied = end;
            }
            None => at += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
