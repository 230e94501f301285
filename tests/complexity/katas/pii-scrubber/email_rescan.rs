// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local-part run is re-read from every start position inside a long token
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let bytes: &[u8] = digits.as_bytes();
    if bytes.len() == 0 {
        return false;
    }
    let mut sum: u32 = 0;
    let mut double: bool = false;
    for i in (0..bytes.len()).rev() {
        let b: u8 = bytes[i];
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d: u32 = (b - b'0') as u32;
        if double {
            d = d * 2;
            if d > 9 {
                d = d - 9;
            }
        }
        sum = sum + d;
        double = !double;
    }
    sum % 10 == 0
}

struct Scanner<'a> {
    bytes: &'a [u8],
}

impl<'a> Scanner<'a> {
    fn new(line: &'a str) -> Scanner<'a> {
        Scanner { bytes: line.as_bytes() }
    }

    fn is_alnum_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            Some(b) => b.is_ascii_alphanumeric(),
            None => false,
        }
    }

    fn left_ok(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        !self.bytes[i - 1].is_ascii_alphanumeric()
    }

    /// `d` in the pattern means a digit, anything else must be equal.
    fn shape(&self, i: usize, pattern: &[u8]) -> bool {
        if i + pattern.len() > self.bytes.len() {
            return false;
        }
        for k in 0..pattern.len() {
            let b: u8 = self.bytes[i + k];
            let ok: bool = match pattern[k] {
                b'd' => b.is_ascii_digit(),
                other => b == other,
            };
            if !ok {
                return false;
            }
        }
        true
    }

    fn is_local_byte(b: u8) -> bool {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => true,
            b'.' | b'_' | b'%' | b'+' | b'-' => true,
            _ => false,
        }
    }

    /// Ok(end) for an e-mail starting at i, Err(j) with the end of the local run otherwise.
    fn email(&self, i: usize) -> Result<usize, usize> {
        let mut j: usize = i;
        while j < self.bytes.len() && Scanner::is_local_byte(self.bytes[j]) {
            j += 1;
        }
        if j == i || j >= self.bytes.len() || self.bytes[j] != b'@' {
            return Err(j);
        }
        let dom_start: usize = j + 1;
        let mut end: usize = dom_start;
        while end < self.bytes.len() {
            let b: u8 = self.bytes[end];
            if b.is_ascii_alphanumeric() || b == b'.' || b == b'-' {
                end += 1;
            } else {
                break;
            }
        }
        while end > dom_start && self.bytes[end - 1] == b'.' {
            end -= 1;
        }
        if end == dom_start || !self.bytes[dom_start].is_ascii_alphanumeric() {
            return Err(j);
        }
        let mut last_dot: Option<usize> = None;
        for k in dom_start..end {
            if self.bytes[k] == b'.' {
                last_dot = Some(k);
            }
        }
        let dot: usize = match last_dot {
            Some(d) => d,
            None => return Err(j),
        };
        if end - (dot + 1) < 2 {
            return Err(j);
        }
        for k in dot + 1..end {
            if !self.bytes[k].is_ascii_alphabetic() {
                return Err(j);
            }
        }
        Ok(end)
    }

    fn bounded(&self, start: usize, end: usize) -> bool {
        self.left_ok(start) && !self.is_alnum_at(end)
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        if self.shape(i, b"ddd-dd-dddd") && self.bounded(i, i + 11) {
            return Some(i + 11);
        }
        None
    }

    fn phone(&self, i: usize) -> Option<usize> {
        if !self.left_ok(i) {
            return None;
        }
        let mut starts: Vec<usize> = Vec::with_capacity(2);
        starts.push(i);
        if self.shape(i, b"+1 ") || self.shape(i, b"+1-") {
            starts.push(i + 3);
        }
        let forms: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
        for s in starts.iter() {
            for f in forms.iter() {
                if self.shape(*s, f) && !self.is_alnum_at(*s + f.len()) {
                    return Some(*s + f.len());
                }
            }
        }
        None
    }

    fn card(&self, i: usize, line: &str) -> Option<usize> {
        if !self.left_ok(i) {
            return None;
        }
        let mut n: usize = 0;
        while n < 20 && self.is_digit_at(i + n) {
            n += 1;
        }
        if n >= 13 && n <= 19 && !self.is_alnum_at(i + n) && luhn_valid(&line[i..i + n]) {
            return Some(i + n);
        }
        for f in [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"].iter() {
            if self.shape(i, *f) && !self.is_alnum_at(i + 19) {
                let mut digits: String = String::with_capacity(16);
                for k in i..i + 19 {
                    if self.bytes[k].is_ascii_digit() {
                        digits.push(self.bytes[k] as char);
                    }
                }
                if luhn_valid(&digits) {
                    return Some(i + 19);
                }
            }
        }
        None
    }

    fn is_digit_at(&self, i: usize) -> bool {
        match self.bytes.get(i) {
            Some(b) => b.is_ascii_digit(),
            None => false,
        }
    }
}

pub fn scrub(line: &str) -> String {
    let sc: Scanner = Scanner::new(line);
    let mut out: String = String::with_capacity(line.len());
    let mut copied: usize = 0;
    let mut i: usize = 0;
    while i < sc.bytes.len() {
        let mut found: Option<(usize, &str)> = None;
        match sc.email(i) {
            Ok(end) => found = Some((end, EMAIL)),
            Err(_) => {}
        }
        if found.is_none() {
            if let Some(end) = sc.ssn(i) {
                found = Some((end, SSN));
            }
        }
        if found.is_none() {
            if let Some(end) = sc.phone(i) {
                found = Some((end, PHONE));
            }
        }
        if found.is_none() {
            if let Some(end) = sc.card(i, line) {
                found = Some((end, CARD));
            }
        }
        match found {
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
