// learner: optimal
// idiom: Scanner struct with impl methods, peek() returning Option<u8>, match-heavy shape checks
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let mut total = 0;
    let mut count = 0;
    for (idx, ch) in digits.bytes().rev().enumerate() {
        match ch {
            b'0'..=b'9' => {
                let v = (ch - b'0') as usize;
                total += match (idx % 2, v) {
                    (0, _) => v,
                    (_, 0..=4) => v * 2,
                    (_, _) => v * 2 - 9,
                };
                count += 1;
            }
            _ => return false,
        }
    }
    count > 0 && total % 10 == 0
}

struct Scanner<'a> {
    line: &'a str,
    bytes: &'a [u8],
    out: String,
    flushed: usize,
    email_blocked_until: usize,
}

impl<'a> Scanner<'a> {
    fn new(line: &'a str) -> Self {
        Scanner { line, bytes: line.as_bytes(), out: String::with_capacity(line.len()), flushed: 0, email_blocked_until: 0 }
    }

    fn peek(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    fn digit(&self, i: usize) -> bool {
        matches!(self.peek(i), Some(b'0'..=b'9'))
    }

    fn digits(&self, i: usize, n: usize) -> bool {
        let mut k = 0;
        while k < n {
            if !self.digit(i + k) {
                return false;
            }
            k += 1;
        }
        true
    }

    fn is(&self, i: usize, b: u8) -> bool {
        self.peek(i) == Some(b)
    }

    fn glued(&self, i: usize) -> bool {
        matches!(self.peek(i), Some(c) if c.is_ascii_alphanumeric())
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        if i < self.email_blocked_until {
            return None;
        }
        let mut j = i;
        while let Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'_' | b'%' | b'+' | b'-') = self.peek(j) {
            j += 1;
        }
        self.email_blocked_until = j;
        if j == i || !self.is(j, b'@') {
            return None;
        }
        let start = j + 1;
        let mut end = start;
        while let Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'-') = self.peek(end) {
            end += 1;
        }
        while end > start && self.is(end - 1, b'.') {
            end -= 1;
        }
        if end == start || !self.bytes[start].is_ascii_alphanumeric() {
            return None;
        }
        let mut tld_len = 0;
        let mut k = end;
        while k > start && self.bytes[k - 1].is_ascii_alphabetic() {
            k -= 1;
            tld_len += 1;
        }
        if tld_len >= 2 && k > start && self.is(k - 1, b'.') {
            Some(end)
        } else {
            None
        }
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        let ok = self.digits(i, 3) && self.is(i + 3, b'-') && self.digits(i + 4, 2) && self.is(i + 6, b'-') && self.digits(i + 7, 4);
        if ok && !self.glued(i + 11) { Some(i + 11) } else { None }
    }

    fn phone(&self, i: usize) -> Option<usize> {
        let body = match (self.peek(i), self.peek(i + 1), self.peek(i + 2)) {
            (Some(b'+'), Some(b'1'), Some(b' ' | b'-')) => i + 3,
            _ => i,
        };
        let end = match self.peek(body) {
            Some(b'(') => {
                let ok = self.digits(body + 1, 3)
                    && self.is(body + 4, b')')
                    && self.is(body + 5, b' ')
                    && self.digits(body + 6, 3)
                    && self.is(body + 9, b'-')
                    && self.digits(body + 10, 4);
                if !ok {
                    return None;
                }
                body + 14
            }
            Some(b'0'..=b'9') => {
                let sep = match self.peek(body + 3) {
                    Some(s @ (b'-' | b'.' | b' ')) => s,
                    _ => return None,
                };
                let ok = self.digits(body, 3) && self.digits(body + 4, 3) && self.is(body + 7, sep) && self.digits(body + 8, 4);
                if !ok {
                    return None;
                }
                body + 12
            }
            _ => return None,
        };
        if self.glued(end) { None } else { Some(end) }
    }

    fn card(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j - i < 20 && self.digit(j) {
            j += 1;
        }
        match j - i {
            13..=19 if !self.glued(j) && luhn_valid(&self.line[i..j]) => return Some(j),
            4 => {}
            _ => return None,
        }
        let sep = match self.peek(i + 4) {
            Some(s @ (b' ' | b'-')) => s,
            _ => return None,
        };
        let ok = self.digits(i + 5, 4) && self.is(i + 9, sep) && self.digits(i + 10, 4) && self.is(i + 14, sep) && self.digits(i + 15, 4);
        if !ok || self.glued(i + 19) {
            return None;
        }
        let mut sixteen = [0u8; 16];
        let mut n = 0;
        for k in i..i + 19 {
            if self.digit(k) {
                sixteen[n] = self.bytes[k];
                n += 1;
            }
        }
        match std::str::from_utf8(&sixteen) {
            Ok(s) if luhn_valid(s) => Some(i + 19),
            _ => None,
        }
    }

    fn replace(&mut self, from: usize, to: usize, tag: &str) {
        self.out.push_str(&self.line[self.flushed..from]);
        self.out.push_str(tag);
        self.flushed = to;
    }

    fn run(mut self) -> String {
        let mut i = 0;
        while i < self.bytes.len() {
            let free_left = i == 0 || !self.bytes[i - 1].is_ascii_alphanumeric();
            let hit = if let Some(e) = self.email(i) {
                Some((e, EMAIL))
            } else if !free_left {
                None
            } else if let Some(e) = self.ssn(i) {
                Some((e, SSN))
            } else if let Some(e) = self.phone(i) {
                Some((e, PHONE))
            } else {
                self.card(i).map(|e| (e, CARD))
            };
            match hit {
                Some((end, tag)) => {
                    self.replace(i, end, tag);
                    i = end;
                }
                None => i += 1,
            }
        }
        self.out.push_str(&self.line[self.flushed..]);
        self.out
    }
}

pub fn scrub(line: &str) -> String {
    Scanner::new(line).run()
}
