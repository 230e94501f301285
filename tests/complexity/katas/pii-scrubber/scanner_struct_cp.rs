// learner: optimal
// idiom: Scanner struct with private helper methods, match on bytes, Vec<u8> output, loop/break and a memoised e-mail run end
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
///
/// From the rightmost digit leftwards, double every second digit (subtracting 9 when the double
/// exceeds 9); the number is valid when the sum of all digits is a multiple of 10.
pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut s = 0usize;
    for (k, &c) in b.iter().rev().enumerate() {
        match c {
            b'0'..=b'9' => {
                let d = (c - b'0') as usize;
                s += if k & 1 == 1 { [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d] } else { d };
            }
            _ => return false,
        }
    }
    s % 10 == 0
}

struct Sc<'a> {
    b: &'a [u8],
    n: usize,
    mail_dead: usize, // no e-mail can start before this index
}

impl<'a> Sc<'a> {
    fn at(&self, k: usize) -> u8 {
        if k < self.n { self.b[k] } else { 0 }
    }
    fn d(&self, k: usize) -> bool {
        self.at(k).is_ascii_digit()
    }
    fn w(&self, k: usize) -> bool {
        self.at(k).is_ascii_alphanumeric()
    }
    fn ds(&self, k: usize, c: usize) -> bool {
        (k..k + c).all(|x| self.d(x))
    }
    fn left_ok(&self, i: usize) -> bool {
        i == 0 || !self.w(i - 1)
    }

    fn mail(&mut self, i: usize) -> Option<usize> {
        if i < self.mail_dead {
            return None;
        }
        let mut j = i;
        while matches!(self.at(j), b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'_' | b'%' | b'+' | b'-') {
            j += 1;
        }
        let r = self.domain(i, j);
        if r.is_none() {
            self.mail_dead = j;
        }
        r
    }

    fn domain(&self, i: usize, j: usize) -> Option<usize> {
        if j == i || self.at(j) != b'@' {
            return None;
        }
        let s = j + 1;
        let mut e = s;
        while self.w(e) || matches!(self.at(e), b'.' | b'-') {
            e += 1;
        }
        while e > s && self.at(e - 1) == b'.' {
            e -= 1;
        }
        if e == s || !self.w(s) {
            return None;
        }
        let mut t = e;
        while t > s && self.at(t - 1).is_ascii_alphabetic() {
            t -= 1;
        }
        // t is start of the trailing letters; must be preceded by '.' and be >= 2 long
        if e - t >= 2 && t > s && self.at(t - 1) == b'.' {
            Some(e)
        } else {
            None
        }
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        let ok = self.ds(i, 3) && self.at(i + 3) == b'-' && self.ds(i + 4, 2) && self.at(i + 6) == b'-' && self.ds(i + 7, 4);
        if ok && !self.w(i + 11) { Some(i + 11) } else { None }
    }

    fn phone(&self, i: usize) -> Option<usize> {
        let s = match (self.at(i), self.at(i + 1), self.at(i + 2)) {
            (b'+', b'1', b' ') | (b'+', b'1', b'-') => i + 3,
            _ => i,
        };
        let e = match self.at(s) {
            b'(' => {
                if self.ds(s + 1, 3) && self.at(s + 4) == b')' && self.at(s + 5) == b' ' && self.ds(s + 6, 3) && self.at(s + 9) == b'-' && self.ds(s + 10, 4) {
                    s + 14
                } else {
                    return None;
                }
            }
            _ => {
                let sep = self.at(s + 3);
                match sep {
                    b'-' | b'.' | b' ' if self.ds(s, 3) && self.ds(s + 4, 3) && self.at(s + 7) == sep && self.ds(s + 8, 4) => s + 12,
                    _ => return None,
                }
            }
        };
        if self.w(e) { None } else { Some(e) }
    }

    fn luhn_span(&self, i: usize, e: usize) -> bool {
        let mut s = 0usize;
        let mut k = 0usize;
        let mut p = e;
        while p > i {
            p -= 1;
            if self.d(p) {
                let d = (self.b[p] - b'0') as usize;
                s += if k & 1 == 1 { [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d] } else { d };
                k += 1;
            }
        }
        s % 10 == 0
    }

    fn card(&self, i: usize) -> Option<usize> {
        let sep = self.at(i + 4);
        let e = if (sep == b' ' || sep == b'-')
            && self.ds(i, 4)
            && self.ds(i + 5, 4)
            && self.at(i + 9) == sep
            && self.ds(i + 10, 4)
            && self.at(i + 14) == sep
            && self.ds(i + 15, 4)
        {
            i + 19
        } else {
            let mut c = 0;
            while c < 20 && self.d(i + c) {
                c += 1;
            }
            if !(13..=19).contains(&c) {
                return None;
            }
            i + c
        };
        if !self.w(e) && self.luhn_span(i, e) { Some(e) } else { None }
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by [`EMAIL`], [`SSN`], [`PHONE`] and [`CARD`] (see README.md for the exact shapes).
///
/// Scan left to right; at each position try an e-mail, then an SSN, a phone number and a card
/// number. Must be O(n) in the length of the line, with hand-written scanning (std only).
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut sc = Sc { b, n: b.len(), mail_dead: 0 };
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0usize;
    loop {
        if i >= sc.n {
            break;
        }
        let mut got = sc.mail(i).map(|e| (e, EMAIL));
        if got.is_none() && sc.left_ok(i) {
            got = sc
                .ssn(i)
                .map(|e| (e, SSN))
                .or_else(|| sc.phone(i).map(|e| (e, PHONE)))
                .or_else(|| sc.card(i).map(|e| (e, CARD)));
        }
        match got {
            Some((e, tag)) => {
                out.extend_from_slice(tag.as_bytes());
                i = e;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("only ASCII spans were replaced")
}
