// learner: optimal
// idiom: GDScript-style: a Scanner class with fields, one method per shape, index loops, early returns, digit counting by hand
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.len() == 0 {
        return false;
    }
    let mut total = 0;
    let mut double_it = false;
    let mut idx = bytes.len();
    while idx > 0 {
        idx -= 1;
        let ch = bytes[idx];
        if ch < b'0' || ch > b'9' {
            return false;
        }
        let mut value = (ch - b'0') as u32;
        if double_it {
            value *= 2;
            if value > 9 {
                value -= 9;
            }
        }
        total += value;
        double_it = !double_it;
    }
    total % 10 == 0
}

struct Scanner<'a> {
    text: &'a [u8],
    size: usize,
    skip_email_until: usize,
}

impl<'a> Scanner<'a> {
    fn digit_at(&self, pos: usize) -> bool {
        pos < self.size && self.text[pos].is_ascii_digit()
    }

    fn byte_is(&self, pos: usize, want: u8) -> bool {
        pos < self.size && self.text[pos] == want
    }

    fn glued_before(&self, pos: usize) -> bool {
        pos > 0 && self.text[pos - 1].is_ascii_alphanumeric()
    }

    fn glued_after(&self, end: usize) -> bool {
        end < self.size && self.text[end].is_ascii_alphanumeric()
    }

    /// `count` digits starting at `pos`?
    fn digits(&self, pos: usize, count: usize) -> bool {
        for k in 0..count {
            if !self.digit_at(pos + k) {
                return false;
            }
        }
        true
    }

    fn try_email(&mut self, start: usize) -> Option<usize> {
        if start < self.skip_email_until {
            return None;
        }
        let mut at = start;
        while at < self.size {
            let c = self.text[at];
            if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-' {
                at += 1;
            } else {
                break;
            }
        }
        // whatever happens, any start before `at` ends up here too
        self.skip_email_until = if at > start { at } else { start + 1 };
        if at == start || !self.byte_is(at, b'@') {
            return None;
        }
        let dom_start = at + 1;
        let mut dom_end = dom_start;
        while dom_end < self.size {
            let c = self.text[dom_end];
            if c.is_ascii_alphanumeric() || c == b'.' || c == b'-' {
                dom_end += 1;
            } else {
                break;
            }
        }
        while dom_end > dom_start && self.text[dom_end - 1] == b'.' {
            dom_end -= 1;
        }
        if dom_end == dom_start || !self.text[dom_start].is_ascii_alphanumeric() {
            return None;
        }
        // last label: letters only, at least 2, and there must be a dot before it
        let mut label_len = 0;
        let mut pos = dom_end;
        while pos > dom_start && self.text[pos - 1] != b'.' {
            if !self.text[pos - 1].is_ascii_alphabetic() {
                return None;
            }
            label_len += 1;
            pos -= 1;
        }
        if pos == dom_start || label_len < 2 {
            return None;
        }
        Some(dom_end)
    }

    fn try_ssn(&self, start: usize) -> Option<usize> {
        if self.glued_before(start) {
            return None;
        }
        if !self.digits(start, 3) || !self.byte_is(start + 3, b'-') {
            return None;
        }
        if !self.digits(start + 4, 2) || !self.byte_is(start + 6, b'-') {
            return None;
        }
        if !self.digits(start + 7, 4) || self.glued_after(start + 11) {
            return None;
        }
        Some(start + 11)
    }

    fn phone_body(&self, pos: usize) -> Option<usize> {
        if self.byte_is(pos, b'(') {
            if self.digits(pos + 1, 3)
                && self.byte_is(pos + 4, b')')
                && self.byte_is(pos + 5, b' ')
                && self.digits(pos + 6, 3)
                && self.byte_is(pos + 9, b'-')
                && self.digits(pos + 10, 4)
            {
                return Some(pos + 14);
            }
            return None;
        }
        if !self.digits(pos, 3) || pos + 3 >= self.size {
            return None;
        }
        let sep = self.text[pos + 3];
        if sep != b'-' && sep != b'.' && sep != b' ' {
            return None;
        }
        if self.digits(pos + 4, 3) && self.byte_is(pos + 7, sep) && self.digits(pos + 8, 4) {
            return Some(pos + 12);
        }
        None
    }

    fn try_phone(&self, start: usize) -> Option<usize> {
        if self.glued_before(start) {
            return None;
        }
        let mut body = start;
        if self.byte_is(start, b'+') && self.byte_is(start + 1, b'1') && (self.byte_is(start + 2, b' ') || self.byte_is(start + 2, b'-')) {
            body = start + 3;
        }
        let end = self.phone_body(body)?;
        if self.glued_after(end) {
            return None;
        }
        Some(end)
    }

    fn luhn_of(&self, from: usize, to: usize) -> bool {
        let mut total = 0;
        let mut second = false;
        let mut p = to;
        while p > from {
            p -= 1;
            let c = self.text[p];
            if !c.is_ascii_digit() {
                continue;
            }
            let mut v = (c - b'0') as u32;
            if second {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            total += v;
            second = !second;
        }
        total % 10 == 0
    }

    fn try_card(&self, start: usize) -> Option<usize> {
        if self.glued_before(start) {
            return None;
        }
        // grouped: dddd?dddd?dddd?dddd with one separator kind
        if self.digits(start, 4) && start + 4 < self.size {
            let sep = self.text[start + 4];
            if (sep == b' ' || sep == b'-')
                && self.digits(start + 5, 4)
                && self.byte_is(start + 9, sep)
                && self.digits(start + 10, 4)
                && self.byte_is(start + 14, sep)
                && self.digits(start + 15, 4)
                && !self.glued_after(start + 19)
                && self.luhn_of(start, start + 19)
            {
                return Some(start + 19);
            }
        }
        let mut run = 0;
        for k in 0..20 {
            if !self.digit_at(start + k) {
                break;
            }
            run += 1;
        }
        if run < 13 || run > 19 {
            return None;
        }
        let end = start + run;
        if self.glued_after(end) || !self.luhn_of(start, end) {
            return None;
        }
        Some(end)
    }
}

pub fn scrub(line: &str) -> String {
    let mut scanner = Scanner { text: line.as_bytes(), size: line.len(), skip_email_until: 0 };
    let mut result = String::with_capacity(line.len());
    let mut copy_from = 0;
    let mut i = 0;
    while i < scanner.size {
        let mut found: Option<(usize, &str)> = None;
        if let Some(end) = scanner.try_email(i) {
            found = Some((end, EMAIL));
        } else if let Some(end) = scanner.try_ssn(i) {
            found = Some((end, SSN));
        } else if let Some(end) = scanner.try_phone(i) {
            found = Some((end, PHONE));
        } else if let Some(end) = scanner.try_card(i) {
            found = Some((end, CARD));
        }
        if let Some((end, tag)) = found {
            result.push_str(&line[copy_from..i]);
            result.push_str(tag);
            i = end;
            copy_from = end;
            continue;
        }
        i += 1;
    }
    result.push_str(&line[copy_from..]);
    result
}
