// learner: optimal
// idiom: Kotlin-dev style: Scanner struct with impl methods returning Option<usize> ends, shape templates as &str constants, no_email_before memo
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (pos, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if pos % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

const SSN_SHAPE: &str = "ddd-dd-dddd";
const PHONE_BODIES: [&str; 4] = ["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"];
const PHONE_PREFIXES: [&str; 3] = ["", "+1 ", "+1-"];
const CARD_GROUPS: [&str; 2] = ["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd"];

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    no_email_before: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner { text, bytes: text.as_bytes(), no_email_before: 0 }
    }

    fn is_word(&self, at: usize) -> bool {
        self.bytes.get(at).map_or(false, |b| b.is_ascii_alphanumeric())
    }

    fn free_start(&self, at: usize) -> bool {
        at == 0 || !self.is_word(at - 1)
    }

    fn fits(&self, at: usize, shape: &str) -> Option<usize> {
        let end = at + shape.len();
        if end > self.bytes.len() {
            return None;
        }
        for (b, s) in self.bytes[at..end].iter().zip(shape.bytes()) {
            let ok = if s == b'd' { b.is_ascii_digit() } else { *b == s };
            if !ok {
                return None;
            }
        }
        Some(end)
    }

    fn bounded(&self, at: usize, end: usize) -> Option<usize> {
        if self.free_start(at) && !self.is_word(end) { Some(end) } else { None }
    }

    fn email(&mut self, at: usize) -> Option<usize> {
        if at < self.no_email_before {
            return None;
        }
        let is_local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
        let mut j = at;
        while j < self.bytes.len() && is_local(self.bytes[j]) {
            j += 1;
        }
        if j == at {
            return None;
        }
        let result = self.domain_after(j);
        if result.is_none() {
            self.no_email_before = j;
        }
        result
    }

    fn domain_after(&self, at_sign: usize) -> Option<usize> {
        if self.bytes.get(at_sign) != Some(&b'@') {
            return None;
        }
        let start = at_sign + 1;
        let mut end = start;
        while end < self.bytes.len() && (self.bytes[end].is_ascii_alphanumeric() || self.bytes[end] == b'.' || self.bytes[end] == b'-') {
            end += 1;
        }
        while end > start && self.bytes[end - 1] == b'.' {
            end -= 1;
        }
        let domain = &self.bytes[start..end];
        if domain.is_empty() || !domain[0].is_ascii_alphanumeric() {
            return None;
        }
        let last_dot = domain.iter().rposition(|&b| b == b'.')?;
        let tld = &domain[last_dot + 1..];
        if tld.len() >= 2 && tld.iter().all(|b| b.is_ascii_alphabetic()) { Some(end) } else { None }
    }

    fn ssn(&self, at: usize) -> Option<usize> {
        self.fits(at, SSN_SHAPE).and_then(|end| self.bounded(at, end))
    }

    fn phone(&self, at: usize) -> Option<usize> {
        for prefix in PHONE_PREFIXES {
            let Some(body) = self.fits(at, prefix) else { continue };
            for shape in PHONE_BODIES {
                if let Some(end) = self.fits(body, shape).and_then(|end| self.bounded(at, end)) {
                    return Some(end);
                }
            }
        }
        None
    }

    fn card(&self, at: usize) -> Option<usize> {
        if !self.free_start(at) {
            return None;
        }
        for shape in CARD_GROUPS {
            if let Some(end) = self.fits(at, shape).and_then(|end| self.bounded(at, end)) {
                let digits: String = self.text[at..end].chars().filter(|c| c.is_ascii_digit()).collect();
                if luhn_valid(&digits) {
                    return Some(end);
                }
            }
        }
        let mut end = at;
        while end < self.bytes.len() && end - at < 20 && self.bytes[end].is_ascii_digit() {
            end += 1;
        }
        let len = end - at;
        if (13..=19).contains(&len) && !self.is_word(end) && luhn_valid(&self.text[at..end]) {
            Some(end)
        } else {
            None
        }
    }
}

pub fn scrub(line: &str) -> String {
    let mut scanner = Scanner::new(line);
    let mut out = String::with_capacity(line.len());
    let mut copied = 0;
    let mut i = 0;
    while i < line.len() {
        let hit = if let Some(end) = scanner.email(i) {
            Some((end, EMAIL))
        } else if let Some(end) = scanner.ssn(i) {
            Some((end, SSN))
        } else if let Some(end) = scanner.phone(i) {
            Some((end, PHONE))
        } else {
            scanner.card(i).map(|end| (end, CARD))
        };
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                copied = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
