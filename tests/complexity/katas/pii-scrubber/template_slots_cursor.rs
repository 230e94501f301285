// learner: optimal
// idiom: byte cursor over a fixed slot table of shape templates ('d' = digit), explicit Kind enum, watermark for failed e-mail runs
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ssn,
    Phone,
    CardGrouped,
}

/// Fixed-shape templates, tried in slot order. 'd' matches one ASCII digit,
/// every other byte matches itself.
const SLOTS: [(Kind, &[u8]); 15] = [
    (Kind::Ssn, b"ddd-dd-dddd"),
    (Kind::Phone, b"+1 ddd-ddd-dddd"),
    (Kind::Phone, b"+1 ddd.ddd.dddd"),
    (Kind::Phone, b"+1 ddd ddd dddd"),
    (Kind::Phone, b"+1 (ddd) ddd-dddd"),
    (Kind::Phone, b"+1-ddd-ddd-dddd"),
    (Kind::Phone, b"+1-ddd.ddd.dddd"),
    (Kind::Phone, b"+1-ddd ddd dddd"),
    (Kind::Phone, b"+1-(ddd) ddd-dddd"),
    (Kind::Phone, b"ddd-ddd-dddd"),
    (Kind::Phone, b"ddd.ddd.dddd"),
    (Kind::Phone, b"ddd ddd dddd"),
    (Kind::Phone, b"(ddd) ddd-dddd"),
    (Kind::CardGrouped, b"dddd dddd dddd dddd"),
    (Kind::CardGrouped, b"dddd-dddd-dddd-dddd"),
];

fn luhn_bytes(digits: &[u8]) -> bool {
    let mut sum: u32 = 0;
    let mut pos: usize = 0;
    let mut idx = digits.len();
    while idx > 0 {
        idx -= 1;
        let b = digits[idx];
        if b == b' ' || b == b'-' {
            continue; // separators of a grouped card
        }
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
        pos += 1;
    }
    pos > 0 && sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let raw = digits.as_bytes();
    if raw.is_empty() || !raw.iter().all(u8::is_ascii_digit) {
        return false;
    }
    luhn_bytes(raw)
}

struct Cursor<'a> {
    page: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn alnum_at(&self, at: usize) -> bool {
        at < self.page.len() && self.page[at].is_ascii_alphanumeric()
    }

    fn left_free(&self, start: usize) -> bool {
        start == 0 || !self.page[start - 1].is_ascii_alphanumeric()
    }

    fn template_end(&self, start: usize, tpl: &[u8]) -> Option<usize> {
        if start + tpl.len() > self.page.len() {
            return None;
        }
        for (k, &t) in tpl.iter().enumerate() {
            let b = self.page[start + k];
            let ok = if t == b'd' { b.is_ascii_digit() } else { b == t };
            if !ok {
                return None;
            }
        }
        Some(start + tpl.len())
    }

    fn is_local(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
    }

    fn is_domain(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
    }

    /// Returns Ok(end) for an e-mail at `start`, or Err(run_end): the end of
    /// the local-part run, before which no start can succeed either.
    fn email(&self, start: usize) -> Result<usize, usize> {
        let mut j = start;
        while j < self.page.len() && Self::is_local(self.page[j]) {
            j += 1;
        }
        if j == start || j >= self.page.len() || self.page[j] != b'@' {
            return Err(j);
        }
        let dom_start = j + 1;
        let mut k = dom_start;
        while k < self.page.len() && Self::is_domain(self.page[k]) {
            k += 1;
        }
        while k > dom_start && self.page[k - 1] == b'.' {
            k -= 1;
        }
        if k == dom_start || !self.page[dom_start].is_ascii_alphanumeric() {
            return Err(j);
        }
        let domain = &self.page[dom_start..k];
        let last_dot = match domain.iter().rposition(|&b| b == b'.') {
            Some(p) => p,
            None => return Err(j),
        };
        let tld = &domain[last_dot + 1..];
        if tld.len() < 2 || !tld.iter().all(u8::is_ascii_alphabetic) {
            return Err(j);
        }
        Ok(k)
    }

    fn fixed_shape(&self, start: usize) -> Option<(usize, &'static str)> {
        if !self.left_free(start) {
            return None;
        }
        for &(kind, tpl) in SLOTS.iter() {
            let end = match self.template_end(start, tpl) {
                Some(e) => e,
                None => continue,
            };
            if self.alnum_at(end) {
                continue;
            }
            match kind {
                Kind::Ssn => return Some((end, SSN)),
                Kind::Phone => return Some((end, PHONE)),
                Kind::CardGrouped => {
                    if luhn_bytes(&self.page[start..end]) {
                        return Some((end, CARD));
                    }
                }
            }
        }
        None
    }

    fn contiguous_card(&self, start: usize) -> Option<usize> {
        if !self.left_free(start) {
            return None;
        }
        let mut j = start;
        while j < self.page.len() && j - start < 20 && self.page[j].is_ascii_digit() {
            j += 1;
        }
        let len = j - start;
        if (13..=19).contains(&len) && !self.alnum_at(j) && luhn_bytes(&self.page[start..j]) {
            Some(j)
        } else {
            None
        }
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let cur = Cursor { page: line.as_bytes() };
    let n = cur.page.len();
    let mut out = String::with_capacity(n);
    let mut flushed = 0usize;
    let mut email_watermark = 0usize;
    let mut i = 0usize;
    while i < n {
        let mut hit: Option<(usize, &'static str)> = None;
        if i >= email_watermark {
            match cur.email(i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(run_end) => email_watermark = run_end.max(i + 1),
            }
        }
        if hit.is_none() {
            hit = cur.fixed_shape(i);
        }
        if hit.is_none() {
            hit = cur.contiguous_card(i).map(|e| (e, CARD));
        }
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[flushed..i]);
                out.push_str(tag);
                i = end;
                flushed = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[flushed..]);
    out
}
