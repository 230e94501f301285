// learner: optimal
// idiom: Go-style: scanner struct over bytes with pos/kept fields, matchX(i) -> (end, ok) helpers, index for-loops, email skip watermark
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.len() == 0 {
        return false;
    }
    let mut sum = 0u32;
    let mut double = false;
    for k in 0..b.len() {
        let c = b[b.len() - 1 - k];
        if c < b'0' || c > b'9' {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
    }
    sum % 10 == 0
}

fn is_digit(c: u8) -> bool {
    c >= b'0' && c <= b'9'
}

fn is_alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_local(c: u8) -> bool {
    is_alnum(c) || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

fn is_domain(c: u8) -> bool {
    is_alnum(c) || c == b'.' || c == b'-'
}

struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    no_email_before: usize,
}

impl<'a> Scanner<'a> {
    fn left_ok(&self, i: usize) -> bool {
        i == 0 || !is_alnum(self.b[i - 1])
    }

    fn right_ok(&self, end: usize) -> bool {
        end >= self.b.len() || !is_alnum(self.b[end])
    }

    /// Checks b[i..] against a pattern where 'd' is a digit and anything else is literal.
    fn shape(&self, i: usize, pat: &[u8]) -> bool {
        if i + pat.len() > self.b.len() {
            return false;
        }
        for k in 0..pat.len() {
            let c = self.b[i + k];
            if pat[k] == b'd' {
                if !is_digit(c) {
                    return false;
                }
            } else if c != pat[k] {
                return false;
            }
        }
        true
    }

    fn match_email(&mut self, i: usize) -> (usize, bool) {
        if i < self.no_email_before {
            return (0, false);
        }
        let mut j = i;
        for _ in i..self.b.len() {
            if !is_local(self.b[j]) {
                break;
            }
            j += 1;
        }
        if j == i {
            return (0, false);
        }
        // whatever happens below, a start inside i..j reaches the same j
        self.no_email_before = j;
        if j >= self.b.len() || self.b[j] != b'@' {
            return (0, false);
        }
        let start = j + 1;
        let mut end = start;
        for _ in start..self.b.len() {
            if !is_domain(self.b[end]) {
                break;
            }
            end += 1;
        }
        for _ in start..end {
            if self.b[end - 1] != b'.' {
                break;
            }
            end -= 1;
        }
        if end == start || !is_alnum(self.b[start]) {
            return (0, false);
        }
        let mut last_dot = 0;
        let mut has_dot = false;
        for k in start..end {
            if self.b[k] == b'.' {
                last_dot = k;
                has_dot = true;
            }
        }
        if !has_dot || end - last_dot - 1 < 2 {
            return (0, false);
        }
        for k in last_dot + 1..end {
            if !self.b[k].is_ascii_alphabetic() {
                return (0, false);
            }
        }
        (end, true)
    }

    fn match_ssn(&self, i: usize) -> (usize, bool) {
        if !self.left_ok(i) || !self.shape(i, b"ddd-dd-dddd") || !self.right_ok(i + 11) {
            return (0, false);
        }
        (i + 11, true)
    }

    fn match_phone(&self, i: usize) -> (usize, bool) {
        if !self.left_ok(i) {
            return (0, false);
        }
        let mut p = i;
        if self.shape(i, b"+1 ") || self.shape(i, b"+1-") {
            p = i + 3;
        }
        let shapes: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
        for k in 0..shapes.len() {
            if self.shape(p, shapes[k]) && self.right_ok(p + shapes[k].len()) {
                return (p + shapes[k].len(), true);
            }
        }
        (0, false)
    }

    fn match_card(&self, i: usize) -> (usize, bool) {
        if !self.left_ok(i) {
            return (0, false);
        }
        let mut j = i;
        for _ in 0..20 {
            if j >= self.b.len() || !is_digit(self.b[j]) {
                break;
            }
            j += 1;
        }
        if j - i >= 13 && j - i <= 19 && self.right_ok(j) {
            if luhn_valid(&self.s[i..j]) {
                return (j, true);
            }
            return (0, false);
        }
        let groups: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];
        for k in 0..groups.len() {
            if self.shape(i, groups[k]) && self.right_ok(i + 19) {
                let mut digits = [0u8; 16];
                let mut n = 0;
                for q in i..i + 19 {
                    if is_digit(self.b[q]) {
                        digits[n] = self.b[q];
                        n += 1;
                    }
                }
                let ds = std::str::from_utf8(&digits).unwrap_or("");
                if luhn_valid(ds) {
                    return (i + 19, true);
                }
                return (0, false);
            }
        }
        (0, false)
    }
}

pub fn scrub(line: &str) -> String {
    let mut sc = Scanner { s: line, b: line.as_bytes(), no_email_before: 0 };
    let mut out = String::with_capacity(line.len());
    let mut kept = 0;
    let mut i = 0;
    while i < sc.b.len() {
        let mut tag = "";
        let mut end = 0;
        let (e, ok) = sc.match_email(i);
        if ok {
            tag = EMAIL;
            end = e;
        }
        if tag.is_empty() {
            let (e, ok) = sc.match_ssn(i);
            if ok {
                tag = SSN;
                end = e;
            }
        }
        if tag.is_empty() {
            let (e, ok) = sc.match_phone(i);
            if ok {
                tag = PHONE;
                end = e;
            }
        }
        if tag.is_empty() {
            let (e, ok) = sc.match_card(i);
            if ok {
                tag = CARD;
                end = e;
            }
        }
        if tag.is_empty() {
            i += 1;
            continue;
        }
        out.push_str(&line[kept..i]);
        out.push_str(tag);
        i = end;
        kept = end;
    }
    out.push_str(&line[kept..]);
    out
}
