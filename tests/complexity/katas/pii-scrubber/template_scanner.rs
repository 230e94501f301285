// learner: optimal
// idiom: Ada/SPARK safety engineer: a Scanner record with an explicit cursor, fixed shape templates ("ddd-dd-dddd") checked byte by byte, and a "no e-mail before" watermark for failed local-part runs
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// In a template, this byte stands for one ASCII digit; every other byte stands for itself.
const DIGIT: u8 = b'd';
const SSN_SHAPE: &[u8] = b"ddd-dd-dddd";
const PHONE_SHAPES: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
const PHONE_PREFIXES: [&[u8]; 2] = [b"+1 ", b"+1-"];
const CARD_GROUPED_SHAPES: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];
const CARD_MIN_DIGITS: usize = 13;
const CARD_MAX_DIGITS: usize = 19;

/// Luhn over a sequence of digit values (0..=9), read from the right.
fn luhn_sum_ok<I: DoubleEndedIterator<Item = u8>>(digits: I) -> bool {
    let mut sum: u32 = 0;
    let mut double = false;
    for d in digits.rev() {
        let mut v = u32::from(d);
        if double {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
        double = !double;
    }
    sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    luhn_sum_ok(bytes.iter().map(|b| b - b'0'))
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

struct Scanner<'a> {
    bytes: &'a [u8],
    /// Every start position below this one is known not to begin an e-mail.
    no_email_before: usize,
}

impl<'a> Scanner<'a> {
    fn free_before(&self, at: usize) -> bool {
        at == 0 || !is_word(self.bytes[at - 1])
    }

    fn free_after(&self, end: usize) -> bool {
        end == self.bytes.len() || !is_word(self.bytes[end])
    }

    /// End of `shape` laid over the bytes at `at`, if it fits exactly.
    fn fits(&self, at: usize, shape: &[u8]) -> Option<usize> {
        let end = at + shape.len();
        if end > self.bytes.len() {
            return None;
        }
        for (k, &want) in shape.iter().enumerate() {
            let got = self.bytes[at + k];
            let ok = if want == DIGIT { got.is_ascii_digit() } else { got == want };
            if !ok {
                return None;
            }
        }
        Some(end)
    }

    fn email(&mut self, at: usize) -> Option<usize> {
        if at < self.no_email_before {
            return None;
        }
        let n = self.bytes.len();
        let mut j = at;
        while j < n && is_local(self.bytes[j]) {
            j += 1;
        }
        if j == at {
            return None;
        }
        if j < n && self.bytes[j] == b'@' {
            if let Some(end) = self.domain(j + 1) {
                return Some(end);
            }
        }
        // Every start in at..j reaches the same j and fails the same way.
        self.no_email_before = j;
        None
    }

    fn domain(&self, start: usize) -> Option<usize> {
        let n = self.bytes.len();
        let mut end = start;
        while end < n && is_domain(self.bytes[end]) {
            end += 1;
        }
        while end > start && self.bytes[end - 1] == b'.' {
            end -= 1;
        }
        if end == start || !self.bytes[start].is_ascii_alphanumeric() {
            return None;
        }
        let mut last_dot: Option<usize> = None;
        for k in start..end {
            if self.bytes[k] == b'.' {
                last_dot = Some(k);
            }
        }
        let tld_start = last_dot? + 1;
        let tld = &self.bytes[tld_start..end];
        if tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
            Some(end)
        } else {
            None
        }
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
        let mut body = at;
        for prefix in PHONE_PREFIXES {
            if self.fits(at, prefix).is_some() {
                body = at + prefix.len();
                break;
            }
        }
        for shape in PHONE_SHAPES {
            if let Some(end) = self.fits(body, shape) {
                if self.free_after(end) {
                    return Some(end);
                }
            }
        }
        None
    }

    fn card(&self, at: usize) -> Option<usize> {
        if !self.free_before(at) {
            return None;
        }
        let n = self.bytes.len();
        let mut run = 0;
        while at + run < n && run <= CARD_MAX_DIGITS && self.bytes[at + run].is_ascii_digit() {
            run += 1;
        }
        if (CARD_MIN_DIGITS..=CARD_MAX_DIGITS).contains(&run) && self.free_after(at + run) {
            let digits = &self.bytes[at..at + run];
            if luhn_sum_ok(digits.iter().map(|b| b - b'0')) {
                return Some(at + run);
            }
        }
        for shape in CARD_GROUPED_SHAPES {
            if let Some(end) = self.fits(at, shape) {
                let digits = self.bytes[at..end].iter().filter(|b| b.is_ascii_digit()).map(|b| b - b'0');
                if self.free_after(end) && luhn_sum_ok(digits.collect::<Vec<u8>>().into_iter()) {
                    return Some(end);
                }
            }
        }
        None
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut scanner = Scanner { bytes, no_email_before: 0 };
    let mut out = String::with_capacity(line.len());
    let mut copied_up_to = 0;
    let mut i = 0;
    while i < bytes.len() {
        let found: Option<(usize, &str)> = if let Some(end) = scanner.email(i) {
            Some((end, EMAIL))
        } else if let Some(end) = scanner.ssn(i) {
            Some((end, SSN))
        } else if let Some(end) = scanner.phone(i) {
            Some((end, PHONE))
        } else {
            scanner.card(i).map(|end| (end, CARD))
        };
        match found {
            Some((end, label)) => {
                // Matches start and end on ASCII bytes, so these are char boundaries.
                out.push_str(&line[copied_up_to..i]);
                out.push_str(label);
                copied_up_to = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied_up_to..]);
    out
}
