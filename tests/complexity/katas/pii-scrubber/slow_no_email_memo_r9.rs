// learner: slow
// why: scrub is O(n^2) time, target O(n): every start inside a long local-part run re-reads the run to look for '@' (no memo of the failed run)
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

/// Luhn over a sequence of digit values, rightmost first.
fn luhn_rev(digits: impl Iterator<Item = u8>) -> bool {
    let (sum, count) = digits.enumerate().fold((0u32, 0usize), |(sum, n), (i, d)| {
        let v = if i % 2 == 1 {
            let dd = d * 2;
            if dd > 9 { dd - 9 } else { dd }
        } else {
            d
        };
        (sum + v as u32, n + 1)
    });
    count > 0 && sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn_rev(b.iter().rev().map(|d| d - b'0'))
}

struct Scanner<'a> {
    s: &'a [u8],
}

impl<'a> Scanner<'a> {
    fn at(&self, i: usize) -> Option<u8> {
        self.s.get(i).copied()
    }

    fn left_ok(&self, i: usize) -> bool {
        i == 0 || !is_word(self.s[i - 1])
    }

    fn right_ok(&self, end: usize) -> Option<usize> {
        match self.at(end) {
            Some(b) if is_word(b) => None,
            _ => Some(end),
        }
    }

    /// Matches a fixed shape where 'd' is a digit and anything else is a literal byte.
    fn shape(&self, i: usize, pattern: &[u8]) -> Option<usize> {
        let ok = pattern.iter().enumerate().all(|(k, &p)| match (p, self.at(i + k)) {
            (b'd', Some(b)) => b.is_ascii_digit(),
            (lit, Some(b)) => lit == b,
            (_, None) => false,
        });
        if ok { Some(i + pattern.len()) } else { None }
    }

    fn run_end(&self, from: usize, pred: impl Fn(u8) -> bool) -> usize {
        self.s[from..].iter().position(|&b| !pred(b)).map_or(self.s.len(), |k| from + k)
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        let at_sign = self.run_end(i, is_local);
        self.email_from(i, at_sign)
    }

    fn email_from(&self, i: usize, at_sign: usize) -> Option<usize> {
        if at_sign == i || self.at(at_sign) != Some(b'@') {
            return None;
        }
        let start = at_sign + 1;
        let mut end = self.run_end(start, is_domain);
        while end > start && self.s[end - 1] == b'.' {
            end -= 1;
        }
        let domain = &self.s[start..end];
        let first_ok = domain.first().map_or(false, |&b| b.is_ascii_alphanumeric());
        let last_label = domain.rsplit(|&b| b == b'.').next()?;
        let has_dot = domain.contains(&b'.');
        let tld_ok = last_label.len() >= 2 && last_label.iter().all(u8::is_ascii_alphabetic);
        (first_ok && has_dot && tld_ok).then_some(end)
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        self.shape(i, b"ddd-dd-dddd").and_then(|e| self.right_ok(e))
    }

    fn phone_body(&self, i: usize) -> Option<usize> {
        self.shape(i, b"ddd-ddd-dddd")
            .or_else(|| self.shape(i, b"ddd.ddd.dddd"))
            .or_else(|| self.shape(i, b"ddd ddd dddd"))
            .or_else(|| self.shape(i, b"(ddd) ddd-dddd"))
    }

    fn phone(&self, i: usize) -> Option<usize> {
        let prefixed = self
            .shape(i, b"+1 ")
            .or_else(|| self.shape(i, b"+1-"))
            .and_then(|j| self.phone_body(j));
        prefixed.or_else(|| self.phone_body(i)).and_then(|e| self.right_ok(e))
    }

    fn card(&self, i: usize) -> Option<usize> {
        let digits = self.s[i..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
        let plain = if (13..=19).contains(&digits) {
            self.right_ok(i + digits)
                .filter(|&e| luhn_rev(self.s[i..e].iter().rev().map(|d| d - b'0')))
        } else {
            None
        };
        plain.or_else(|| {
            self.shape(i, b"dddd dddd dddd dddd")
                .or_else(|| self.shape(i, b"dddd-dddd-dddd-dddd"))
                .and_then(|e| self.right_ok(e))
                .filter(|&e| {
                    luhn_rev(self.s[i..e].iter().rev().filter(|b| b.is_ascii_digit()).map(|d| d - b'0'))
                })
        })
    }

    fn try_at(&mut self, i: usize) -> Option<(usize, &'static str)> {
        if let Some(e) = self.email(i) {
            return Some((e, EMAIL));
        }
        if !self.left_ok(i) {
            return None;
        }
        self.ssn(i)
            .map(|e| (e, SSN))
            .or_else(|| self.phone(i).map(|e| (e, PHONE)))
            .or_else(|| self.card(i).map(|e| (e, CARD)))
    }
}

pub fn scrub(line: &str) -> String {
    let mut sc = Scanner { s: line.as_bytes() };
    let mut out = String::with_capacity(line.len());
    let (mut i, mut kept_from) = (0, 0);
    while i < line.len() {
        match sc.try_at(i) {
            Some((end, tag)) => {
                out.push_str(&line[kept_from..i]);
                out.push_str(tag);
                i = end;
                kept_from = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[kept_from..]);
    out
}
