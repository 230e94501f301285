// learner: optimal
// idiom: Erlang-style scanner state record + message-like Hit enum, helpers returning Option<end>, one loop replacing tail recursion
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
    luhn_bytes(digits.as_bytes())
}

fn luhn_bytes(b: &[u8]) -> bool {
    if b.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (k, &c) in b.iter().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

enum Hit {
    Email(usize),
    Ssn(usize),
    Phone(usize),
    Card(usize),
    Miss,
}

struct Scan<'a> {
    src: &'a [u8],
    pos: usize,
    copied_to: usize,
    no_email_before: usize,
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

impl<'a> Scan<'a> {
    fn at(&self, i: usize) -> Option<u8> {
        self.src.get(i).copied()
    }

    fn left_ok(&self, i: usize) -> bool {
        i == 0 || !self.src[i - 1].is_ascii_alphanumeric()
    }

    fn right_ok(&self, end: usize) -> bool {
        !matches!(self.at(end), Some(c) if c.is_ascii_alphanumeric())
    }

    /// Matches a template where 'd' is a digit and anything else is literal.
    fn shape(&self, i: usize, tpl: &[u8]) -> Option<usize> {
        let end = i + tpl.len();
        if end > self.src.len() {
            return None;
        }
        for (k, &t) in tpl.iter().enumerate() {
            let c = self.src[i + k];
            let ok = if t == b'd' { c.is_ascii_digit() } else { c == t };
            if !ok {
                return None;
            }
        }
        Some(end)
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        if i < self.no_email_before {
            return None;
        }
        let mut j = i;
        while j < self.src.len() && is_local(self.src[j]) {
            j += 1;
        }
        if j == i {
            return None;
        }
        match self.domain_after(j) {
            Some(end) => Some(end),
            None => {
                self.no_email_before = j;
                None
            }
        }
    }

    fn domain_after(&self, at: usize) -> Option<usize> {
        if self.at(at) != Some(b'@') {
            return None;
        }
        let start = at + 1;
        let mut k = start;
        while k < self.src.len() && is_domain(self.src[k]) {
            k += 1;
        }
        while k > start && self.src[k - 1] == b'.' {
            k -= 1;
        }
        let dom = &self.src[start..k];
        match dom.first() {
            Some(c) if c.is_ascii_alphanumeric() => {}
            _ => return None,
        }
        let last_dot = dom.iter().rposition(|&c| c == b'.')?;
        let tld = &dom[last_dot + 1..];
        if tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
            Some(k)
        } else {
            None
        }
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        if !self.left_ok(i) {
            return None;
        }
        self.shape(i, b"ddd-dd-dddd").filter(|&e| self.right_ok(e))
    }

    fn phone(&self, i: usize) -> Option<usize> {
        if !self.left_ok(i) {
            return None;
        }
        let mut starts = [i, usize::MAX];
        if self.shape(i, b"+1 ").is_some() || self.shape(i, b"+1-").is_some() {
            starts[1] = i + 3;
        }
        for &s in starts.iter().rev() {
            if s == usize::MAX {
                continue;
            }
            for tpl in [&b"ddd-ddd-dddd"[..], b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"] {
                if let Some(e) = self.shape(s, tpl) {
                    if self.right_ok(e) {
                        return Some(e);
                    }
                }
            }
        }
        None
    }

    fn card(&self, i: usize) -> Option<usize> {
        if !self.left_ok(i) {
            return None;
        }
        let mut k = i;
        while k < self.src.len() && k - i < 20 && self.src[k].is_ascii_digit() {
            k += 1;
        }
        let run = k - i;
        if (13..=19).contains(&run) && self.right_ok(k) && luhn_bytes(&self.src[i..k]) {
            return Some(k);
        }
        for tpl in [&b"dddd dddd dddd dddd"[..], b"dddd-dddd-dddd-dddd"] {
            if let Some(e) = self.shape(i, tpl) {
                if self.right_ok(e) {
                    let digits: Vec<u8> = self.src[i..e].iter().copied().filter(u8::is_ascii_digit).collect();
                    if luhn_bytes(&digits) {
                        return Some(e);
                    }
                }
            }
        }
        None
    }

    fn next_hit(&mut self, i: usize) -> Hit {
        if let Some(e) = self.email(i) {
            return Hit::Email(e);
        }
        if let Some(e) = self.ssn(i) {
            return Hit::Ssn(e);
        }
        if let Some(e) = self.phone(i) {
            return Hit::Phone(e);
        }
        if let Some(e) = self.card(i) {
            return Hit::Card(e);
        }
        Hit::Miss
    }
}

pub fn scrub(line: &str) -> String {
    let mut st = Scan { src: line.as_bytes(), pos: 0, copied_to: 0, no_email_before: 0 };
    let mut out = String::with_capacity(line.len());
    while st.pos < st.src.len() {
        let i = st.pos;
        let (tag, end) = match st.next_hit(i) {
            Hit::Email(e) => (EMAIL, e),
            Hit::Ssn(e) => (SSN, e),
            Hit::Phone(e) => (PHONE, e),
            Hit::Card(e) => (CARD, e),
            Hit::Miss => {
                st.pos = i + 1;
                continue;
            }
        };
        out.push_str(&line[st.copied_to..i]);
        out.push_str(tag);
        st.copied_to = end;
        st.pos = end;
    }
    out.push_str(&line[st.copied_to..]);
    out
}
