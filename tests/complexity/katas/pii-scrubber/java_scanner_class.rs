// learner: optimal
// idiom: Java/C# style: a Scanner class holding the cursor and output, small Option-returning match methods and getters
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    LuhnSum::new().feed_reversed(digits.as_bytes()).is_valid()
}

struct LuhnSum {
    total: u32,
    count: usize,
}

impl LuhnSum {
    fn new() -> Self {
        LuhnSum { total: 0, count: 0 }
    }
    fn add_digit(&mut self, digit: u32) {
        let value = if self.count % 2 == 1 {
            let doubled = digit * 2;
            if doubled > 9 { doubled - 9 } else { doubled }
        } else {
            digit
        };
        self.total += value;
        self.count += 1;
    }
    fn feed_reversed(mut self, bytes: &[u8]) -> Self {
        for b in bytes.iter().rev() {
            if b.is_ascii_digit() {
                self.add_digit((b - b'0') as u32);
            }
        }
        self
    }
    fn is_valid(&self) -> bool {
        self.count > 0 && self.total % 10 == 0
    }
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    position: usize,
    copied_up_to: usize,
    no_email_before: usize,
    output: String,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            position: 0,
            copied_up_to: 0,
            no_email_before: 0,
            output: String::with_capacity(text.len()),
        }
    }

    fn get_byte(&self, index: usize) -> Option<u8> {
        self.bytes.get(index).copied()
    }

    fn is_digit_at(&self, index: usize) -> bool {
        self.get_byte(index).map_or(false, |b| b.is_ascii_digit())
    }

    fn is_alnum_at(&self, index: usize) -> bool {
        self.get_byte(index).map_or(false, |b| b.is_ascii_alphanumeric())
    }

    fn matches_pattern(&self, start: usize, pattern: &str) -> bool {
        for (offset, p) in pattern.bytes().enumerate() {
            let ok = if p == b'd' { self.is_digit_at(start + offset) } else { self.get_byte(start + offset) == Some(p) };
            if !ok {
                return false;
            }
        }
        true
    }

    fn has_left_boundary(&self) -> bool {
        self.position == 0 || !self.is_alnum_at(self.position - 1)
    }

    fn has_right_boundary(&self, end: usize) -> bool {
        !self.is_alnum_at(end)
    }

    fn run_end(&self, start: usize, accept: fn(u8) -> bool) -> usize {
        let mut end = start;
        while let Some(b) = self.get_byte(end) {
            if !accept(b) {
                break;
            }
            end += 1;
        }
        end
    }

    fn match_email(&mut self) -> Option<usize> {
        if self.position < self.no_email_before {
            return None;
        }
        let local_end = self.run_end(self.position, |b| b.is_ascii_alphanumeric() || b".%_+-".contains(&b));
        self.no_email_before = local_end.max(self.position + 1);
        if local_end == self.position || self.get_byte(local_end) != Some(b'@') {
            return None;
        }
        let domain_start = local_end + 1;
        let mut domain_end = self.run_end(domain_start, |b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        while domain_end > domain_start && self.get_byte(domain_end - 1) == Some(b'.') {
            domain_end -= 1;
        }
        let domain = &self.bytes[domain_start..domain_end];
        let first_ok = domain.first().map_or(false, |b| b.is_ascii_alphanumeric());
        let last_dot = domain.iter().rposition(|&b| b == b'.')?;
        let tld = &domain[last_dot + 1..];
        if first_ok && tld.len() >= 2 && tld.iter().all(|b| b.is_ascii_alphabetic()) {
            Some(domain_end)
        } else {
            None
        }
    }

    fn match_ssn(&self) -> Option<usize> {
        let end = self.position + 11;
        if self.matches_pattern(self.position, "ddd-dd-dddd") && self.has_right_boundary(end) {
            Some(end)
        } else {
            None
        }
    }

    fn match_phone(&self) -> Option<usize> {
        let body = if self.matches_pattern(self.position, "+1 ") || self.matches_pattern(self.position, "+1-") {
            self.position + 3
        } else {
            self.position
        };
        for pattern in ["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"] {
            let end = body + pattern.len();
            if self.matches_pattern(body, pattern) && self.has_right_boundary(end) {
                return Some(end);
            }
        }
        None
    }

    fn match_card(&self) -> Option<usize> {
        let mut run = 0;
        while run < 20 && self.is_digit_at(self.position + run) {
            run += 1;
        }
        let end = if (13..=19).contains(&run) {
            self.position + run
        } else if self.matches_pattern(self.position, "dddd dddd dddd dddd")
            || self.matches_pattern(self.position, "dddd-dddd-dddd-dddd")
        {
            self.position + 19
        } else {
            return None;
        };
        if !self.has_right_boundary(end) {
            return None;
        }
        let sum = LuhnSum::new().feed_reversed(&self.bytes[self.position..end]);
        if sum.is_valid() { Some(end) } else { None }
    }

    fn find_match(&mut self) -> Option<(usize, &'static str)> {
        if let Some(end) = self.match_email() {
            return Some((end, EMAIL));
        }
        if !self.has_left_boundary() {
            return None;
        }
        self.match_ssn()
            .map(|e| (e, SSN))
            .or_else(|| self.match_phone().map(|e| (e, PHONE)))
            .or_else(|| self.match_card().map(|e| (e, CARD)))
    }

    fn run(mut self) -> String {
        while self.position < self.bytes.len() {
            match self.find_match() {
                Some((end, tag)) => {
                    self.output.push_str(&self.text[self.copied_up_to..self.position]);
                    self.output.push_str(tag);
                    self.position = end;
                    self.copied_up_to = end;
                }
                None => self.position += 1,
            }
        }
        self.output.push_str(&self.text[self.copied_up_to..]);
        self.output
    }
}

pub fn scrub(line: &str) -> String {
    Scanner::new(line).run()
}
