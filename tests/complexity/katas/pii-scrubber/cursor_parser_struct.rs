// learner: optimal
// idiom: impl-block Scanner with a Copy cursor and combinator-style methods (digits(n), lit(b)) chained with Option `?`, match-heavy dispatch
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let total: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(k, b)| {
            let d = (b - b'0') as u32;
            match k % 2 {
                0 => d,
                _ if d * 2 > 9 => d * 2 - 9,
                _ => d * 2,
            }
        })
        .sum();
    total % 10 == 0
}

/// A read position in the line; cheap to copy, so a failed attempt just drops its copy.
#[derive(Clone, Copy)]
struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn at(s: &'a [u8], pos: usize) -> Self {
        Cursor { s, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn lit(mut self, b: u8) -> Option<Self> {
        match self.peek() {
            Some(c) if c == b => {
                self.pos += 1;
                Some(self)
            }
            _ => None,
        }
    }

    fn digits(mut self, n: usize) -> Option<Self> {
        for _ in 0..n {
            match self.peek() {
                Some(c) if c.is_ascii_digit() => self.pos += 1,
                _ => return None,
            }
        }
        Some(self)
    }

    /// Succeeds if the next byte (if any) is not an ASCII letter or digit.
    fn boundary(self) -> Option<Self> {
        match self.peek() {
            Some(c) if c.is_ascii_alphanumeric() => None,
            _ => Some(self),
        }
    }

    /// Advances while `keep` holds; returns the new cursor.
    fn run(mut self, keep: impl Fn(u8) -> bool) -> Self {
        while matches!(self.peek(), Some(c) if keep(c)) {
            self.pos += 1;
        }
        self
    }
}

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

struct Scanner<'a> {
    s: &'a [u8],
    skip_email_until: usize,
}

impl<'a> Scanner<'a> {
    fn ssn(&self, i: usize) -> Option<usize> {
        let c = Cursor::at(self.s, i).digits(3)?.lit(b'-')?.digits(2)?.lit(b'-')?.digits(4)?.boundary()?;
        Some(c.pos)
    }

    fn phone(&self, i: usize) -> Option<usize> {
        let start = Cursor::at(self.s, i);
        let body = match start.lit(b'+').and_then(|c| c.lit(b'1')) {
            Some(c) => c.lit(b' ').or_else(|| c.lit(b'-')).unwrap_or(start),
            None => start,
        };
        let plain = |sep: u8| -> Option<Cursor<'a>> {
            body.digits(3)?.lit(sep)?.digits(3)?.lit(sep)?.digits(4)?.boundary()
        };
        let paren = || -> Option<Cursor<'a>> {
            body.lit(b'(')?.digits(3)?.lit(b')')?.lit(b' ')?.digits(3)?.lit(b'-')?.digits(4)?.boundary()
        };
        plain(b'-')
            .or_else(|| plain(b'.'))
            .or_else(|| plain(b' '))
            .or_else(paren)
            .map(|c| c.pos)
    }

    fn card(&self, i: usize) -> Option<usize> {
        let start = Cursor::at(self.s, i);
        for sep in [b' ', b'-'] {
            let grouped = start
                .digits(4)
                .and_then(|c| c.lit(sep))
                .and_then(|c| c.digits(4))
                .and_then(|c| c.lit(sep))
                .and_then(|c| c.digits(4))
                .and_then(|c| c.lit(sep))
                .and_then(|c| c.digits(4))
                .and_then(|c| c.boundary());
            if let Some(end) = grouped {
                let mut buf = [0u8; 16];
                let mut n = 0;
                for &b in &self.s[i..end.pos] {
                    if b.is_ascii_digit() {
                        buf[n] = b;
                        n += 1;
                    }
                }
                let digits = std::str::from_utf8(&buf[..n]).ok()?;
                return luhn_valid(digits).then_some(end.pos);
            }
        }
        // Contiguous: read at most 20 digits.
        let mut end = start;
        let mut n = 0;
        while n < 20 {
            match end.digits(1) {
                Some(c) => {
                    end = c;
                    n += 1;
                }
                None => break,
            }
        }
        match n {
            13..=19 => {
                let end = end.boundary()?;
                let digits = std::str::from_utf8(&self.s[i..end.pos]).ok()?;
                luhn_valid(digits).then_some(end.pos)
            }
            _ => None,
        }
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        if i < self.skip_email_until {
            return None;
        }
        let local_end = Cursor::at(self.s, i).run(local_byte);
        self.skip_email_until = local_end.pos;
        if local_end.pos == i {
            return None;
        }
        let d0 = local_end.lit(b'@')?;
        let mut end = d0.run(domain_byte).pos;
        while end > d0.pos && self.s[end - 1] == b'.' {
            end -= 1;
        }
        let domain = &self.s[d0.pos..end];
        let first = *domain.first()?;
        if !first.is_ascii_alphanumeric() {
            return None;
        }
        let dot = domain.iter().rposition(|&c| c == b'.')?;
        let label = &domain[dot + 1..];
        (label.len() >= 2 && label.iter().all(u8::is_ascii_alphabetic)).then_some(end)
    }

    /// The replacement and end of the first shape matching at `i`.
    fn match_at(&mut self, i: usize) -> Option<(&'static str, usize)> {
        if let Some(end) = self.email(i) {
            return Some((EMAIL, end));
        }
        match i.checked_sub(1).map(|p| self.s[p]) {
            Some(p) if p.is_ascii_alphanumeric() => return None,
            _ => {}
        }
        self.ssn(i)
            .map(|e| (SSN, e))
            .or_else(|| self.phone(i).map(|e| (PHONE, e)))
            .or_else(|| self.card(i).map(|e| (CARD, e)))
    }
}

pub fn scrub(line: &str) -> String {
    let mut sc = Scanner { s: line.as_bytes(), skip_email_until: 0 };
    let mut out = String::with_capacity(line.len());
    let (mut i, mut kept_from) = (0, 0);
    while i < line.len() {
        match sc.match_at(i) {
            Some((tag, end)) => {
                out += &line[kept_from..i];
                out += tag;
                i = end;
                kept_from = end;
            }
            None => i += 1,
        }
    }
    out += &line[kept_from..];
    out
}
