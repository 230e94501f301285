// learner: optimal
// idiom: NumPy-style precomputation: reverse "cumulative" passes build run-length arrays (digit runs, local-part runs) so each shape test is O(1) array lookups; Scanner struct with impl methods
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.is_empty() || !bytes.iter().all(|c| c.is_ascii_digit()) {
        return false;
    }
    luhn_of(bytes.iter().copied())
}

/// Luhn over the ASCII digits yielded (anything else is ignored).
fn luhn_of<I: DoubleEndedIterator<Item = u8>>(it: I) -> bool {
    let mut total = 0u32;
    let mut parity = 0usize;
    for c in it.rev() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut d = u32::from(c - b'0');
        if parity == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        total += d;
        parity ^= 1;
    }
    total % 10 == 0
}

struct Scanner<'a> {
    b: &'a [u8],
    /// digit_run[i] = how many ASCII digits start at i (0 if b[i] is not one)
    digit_run: Vec<u32>,
    /// local_end[i] = end of the e-mail local-part run containing i (i itself if none)
    local_end: Vec<usize>,
    /// (position of '@', verdict: end of the domain when valid)
    last_domain: Option<(usize, Option<usize>)>,
}

impl<'a> Scanner<'a> {
    fn new(b: &'a [u8]) -> Self {
        let n = b.len();
        let mut digit_run = vec![0u32; n + 1];
        let mut local_end = vec![0usize; n + 1];
        local_end[n] = n;
        for i in (0..n).rev() {
            let c = b[i];
            digit_run[i] = if c.is_ascii_digit() { digit_run[i + 1] + 1 } else { 0 };
            let local = c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
            local_end[i] = if local { local_end[i + 1] } else { i };
        }
        Scanner { b, digit_run, local_end, last_domain: None }
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn runs(&self, i: usize) -> u32 {
        self.digit_run.get(i).copied().unwrap_or(0)
    }

    fn word_at(&self, i: usize) -> bool {
        self.byte(i).map_or(false, |c| c.is_ascii_alphanumeric())
    }

    fn left_free(&self, i: usize) -> bool {
        i == 0 || !self.word_at(i - 1)
    }

    fn domain_end(&mut self, at_sign: usize) -> Option<usize> {
        if let Some((pos, verdict)) = self.last_domain {
            if pos == at_sign {
                return verdict;
            }
        }
        let b = self.b;
        let start = at_sign + 1;
        let mut k = start;
        while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'.' || b[k] == b'-') {
            k += 1;
        }
        while k > start && b[k - 1] == b'.' {
            k -= 1;
        }
        let dom = &b[start..k];
        let verdict = match dom.iter().rposition(|&c| c == b'.') {
            Some(dot) if !dom.is_empty() && dom[0].is_ascii_alphanumeric() => {
                let tld = &dom[dot + 1..];
                (tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic())).then_some(k)
            }
            _ => None,
        };
        self.last_domain = Some((at_sign, verdict));
        verdict
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        let j = self.local_end[i];
        if j == i || self.byte(j) != Some(b'@') {
            return None;
        }
        self.domain_end(j)
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        let ok = self.left_free(i)
            && self.runs(i) == 3
            && self.byte(i + 3) == Some(b'-')
            && self.runs(i + 4) == 2
            && self.byte(i + 6) == Some(b'-')
            && self.runs(i + 7) == 4
            && !self.word_at(i + 11);
        ok.then_some(i + 11)
    }

    fn phone_body(&self, i: usize) -> Option<usize> {
        let end = match self.byte(i) {
            Some(b'(') => {
                let ok = self.runs(i + 1) == 3
                    && self.byte(i + 4) == Some(b')')
                    && self.byte(i + 5) == Some(b' ')
                    && self.runs(i + 6) == 3
                    && self.byte(i + 9) == Some(b'-')
                    && self.runs(i + 10) == 4;
                if !ok {
                    return None;
                }
                i + 14
            }
            Some(_) => {
                let sep = self.byte(i + 3)?;
                let ok = matches!(sep, b'-' | b'.' | b' ')
                    && self.runs(i) == 3
                    && self.runs(i + 4) == 3
                    && self.byte(i + 7) == Some(sep)
                    && self.runs(i + 8) == 4;
                if !ok {
                    return None;
                }
                i + 12
            }
            None => return None,
        };
        (!self.word_at(end)).then_some(end)
    }

    fn phone(&self, i: usize) -> Option<usize> {
        if !self.left_free(i) {
            return None;
        }
        match (self.byte(i), self.byte(i + 1), self.byte(i + 2)) {
            (Some(b'+'), Some(b'1'), Some(b' ' | b'-')) => self.phone_body(i + 3),
            _ => self.phone_body(i),
        }
    }

    fn card(&self, i: usize) -> Option<usize> {
        if !self.left_free(i) {
            return None;
        }
        let run = self.runs(i) as usize;
        if (13..=19).contains(&run) && !self.word_at(i + run) && luhn_of(self.b[i..i + run].iter().copied()) {
            return Some(i + run);
        }
        if run == 4 {
            let sep = self.byte(i + 4)?;
            let grouped = matches!(sep, b' ' | b'-')
                && self.runs(i + 5) == 4
                && self.byte(i + 9) == Some(sep)
                && self.runs(i + 10) == 4
                && self.byte(i + 14) == Some(sep)
                && self.runs(i + 15) == 4
                && !self.word_at(i + 19);
            if grouped && luhn_of(self.b[i..i + 19].iter().copied()) {
                return Some(i + 19);
            }
        }
        None
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let mut sc = Scanner::new(line.as_bytes());
    let n = line.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut i = 0;
    let mut pending = 0;
    loop {
        if i >= n {
            break;
        }
        let found = if let Some(e) = sc.email(i) {
            Some((e, EMAIL))
        } else if let Some(e) = sc.ssn(i) {
            Some((e, SSN))
        } else if let Some(e) = sc.phone(i) {
            Some((e, PHONE))
        } else {
            sc.card(i).map(|e| (e, CARD))
        };
        match found {
            None => i += 1,
            Some((end, tag)) => {
                out.extend_from_slice(&line.as_bytes()[pending..i]);
                out.extend_from_slice(tag.as_bytes());
                i = end;
                pending = end;
            }
        }
    }
    out.extend_from_slice(&line.as_bytes()[pending..]);
    String::from_utf8(out).expect("only ASCII spans were replaced")
}
