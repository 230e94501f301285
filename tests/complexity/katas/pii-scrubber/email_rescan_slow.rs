// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local part is re-read from every start inside a long token (no skip memo)
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    luhn_of(digits.bytes().rev().filter(u8::is_ascii_digit))
}

/// Luhn over digits given rightmost first.
fn luhn_of(rev_digits: impl Iterator<Item = u8>) -> bool {
    let sum: u32 = rev_digits
        .enumerate()
        .map(|(k, b)| {
            let d = u32::from(b - b'0');
            if k % 2 == 1 {
                let dd = d * 2;
                if dd > 9 { dd - 9 } else { dd }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

const PHONE_SHAPES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const PHONE_PREFIXES: [&[u8]; 3] = [b"+1 ", b"+1-", b""];
const CARD_SHAPES: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

struct Scanner<'a> {
    b: &'a [u8],
}

impl<'a> Scanner<'a> {
    fn left_ok(&self, i: usize) -> bool {
        i == 0 || !self.b[i - 1].is_ascii_alphanumeric()
    }

    fn right_ok(&self, e: usize) -> bool {
        e >= self.b.len() || !self.b[e].is_ascii_alphanumeric()
    }

    /// Does `shape` fit at `i`? Returns the end.
    fn fits(&self, i: usize, shape: &[u8]) -> Option<usize> {
        let end = i + shape.len();
        if end > self.b.len() {
            return None;
        }
        let ok = shape.iter().zip(&self.b[i..end]).all(|(&s, &c)| if s == b'd' { c.is_ascii_digit() } else { s == c });
        if ok { Some(end) } else { None }
    }

    fn email(&self, i: usize) -> Option<usize> {
        let n = self.b.len();
        let mut j = i;
        while j < n && is_local(self.b[j]) {
            j += 1;
        }
        self.domain_after(i, j)
    }

    fn domain_after(&self, i: usize, j: usize) -> Option<usize> {
        let n = self.b.len();
        if j == i || j >= n || self.b[j] != b'@' {
            return None;
        }
        let start = j + 1;
        let mut k = start;
        while k < n && is_domain(self.b[k]) {
            k += 1;
        }
        while k > start && self.b[k - 1] == b'.' {
            k -= 1;
        }
        let dom = &self.b[start..k];
        if dom.is_empty() || !dom[0].is_ascii_alphanumeric() {
            return None;
        }
        let last_dot = dom.iter().rposition(|&c| c == b'.')?;
        let tld = &dom[last_dot + 1..];
        if tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) { Some(k) } else { None }
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        self.fits(i, b"ddd-dd-dddd").filter(|&e| self.right_ok(e))
    }

    fn phone(&self, i: usize) -> Option<usize> {
        for pre in PHONE_PREFIXES {
            let Some(body) = self.fits(i, pre) else { continue };
            for shape in PHONE_SHAPES {
                if let Some(e) = self.fits(body, shape) {
                    if self.right_ok(e) {
                        return Some(e);
                    }
                }
            }
        }
        None
    }

    fn card(&self, i: usize) -> Option<usize> {
        let n = self.b.len();
        let mut e = i;
        while e < n && e - i < 20 && self.b[e].is_ascii_digit() {
            e += 1;
        }
        let run = e - i;
        if (13..=19).contains(&run) && self.right_ok(e) && luhn_of(self.b[i..e].iter().rev().copied()) {
            return Some(e);
        }
        for shape in CARD_SHAPES {
            if let Some(e) = self.fits(i, shape) {
                if self.right_ok(e) && luhn_of(self.b[i..e].iter().rev().copied().filter(u8::is_ascii_digit)) {
                    return Some(e);
                }
            }
        }
        None
    }
}

pub fn scrub(line: &str) -> String {
    let mut sc = Scanner { b: line.as_bytes() };
    let n = line.len();
    let mut out = String::with_capacity(n);
    let mut copied_to = 0;
    let mut i = 0;
    while i < n {
        let hit = if let Some(e) = sc.email(i) {
            Some((e, EMAIL))
        } else if sc.left_ok(i) {
            sc.ssn(i)
                .map(|e| (e, SSN))
                .or_else(|| sc.phone(i).map(|e| (e, PHONE)))
                .or_else(|| sc.card(i).map(|e| (e, CARD)))
        } else {
            None
        };
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied_to..i]);
                out.push_str(tag);
                i = end;
                copied_to = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied_to..]);
    out
}
