// learner: optimal
// idiom: Lisp-ish: table of matcher fns tried with find_map, generic span/digits helpers, Option<usize> ends, Vec<u8> output
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

/// Luhn over an iterator of digit values, rightmost first.
fn luhn_of<I: Iterator<Item = u32>>(rev_digits: I) -> (usize, u32) {
    rev_digits.enumerate().fold((0, 0), |(cnt, sum), (idx, d)| {
        let v = if idx % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d };
        (cnt + 1, sum + v)
    })
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (_, sum) = luhn_of(b.iter().rev().map(|&c| (c - b'0') as u32));
    sum % 10 == 0
}

/// First index >= from where pred fails (or the end).
fn span<P: Fn(u8) -> bool>(s: &[u8], from: usize, pred: P) -> usize {
    s[from..].iter().position(|&c| !pred(c)).map_or(s.len(), |off| from + off)
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

fn glued(s: &[u8], at: usize) -> bool {
    s.get(at).map_or(false, |c| c.is_ascii_alphanumeric())
}

/// Matches a shape given as a plist of (kind, count): 'd' = digits, otherwise a literal byte.
fn shape(s: &[u8], at: usize, plist: &[(u8, usize)]) -> Option<usize> {
    plist.iter().try_fold(at, |pos, &(kind, count)| {
        let end = pos + count;
        let piece = s.get(pos..end)?;
        let ok = if kind == b'd' { piece.iter().all(u8::is_ascii_digit) } else { piece.iter().all(|&c| c == kind) };
        if ok { Some(end) } else { None }
    })
}

fn bounded(s: &[u8], at: usize, plist: &[(u8, usize)]) -> Option<usize> {
    shape(s, at, plist).filter(|&end| !glued(s, end))
}

struct Scan<'a> {
    s: &'a [u8],
    no_email_before: usize,
}

impl<'a> Scan<'a> {
    fn email(&mut self, i: usize) -> Option<usize> {
        if i < self.no_email_before {
            return None;
        }
        let s = self.s;
        let j = span(s, i, is_local);
        if j == i {
            return None;
        }
        let hit = (s.get(j) == Some(&b'@')).then(|| {
            let d0 = j + 1;
            let raw_end = span(s, d0, is_domain);
            let end = d0 + s[d0..raw_end].iter().rposition(|&c| c != b'.').map_or(0, |p| p + 1);
            (d0, end)
        });
        let good = hit.and_then(|(d0, end)| {
            let dom = &s[d0..end];
            let first_ok = dom.first().map_or(false, |c| c.is_ascii_alphanumeric());
            let tld = dom.iter().rposition(|&c| c == b'.').map(|p| &dom[p + 1..]);
            match tld {
                Some(t) if first_ok && t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic) => Some(end),
                _ => None,
            }
        });
        if good.is_none() {
            self.no_email_before = j;
        }
        good
    }

    fn ssn(&mut self, i: usize) -> Option<usize> {
        bounded(self.s, i, &[(b'd', 3), (b'-', 1), (b'd', 2), (b'-', 1), (b'd', 4)])
    }

    fn phone(&mut self, i: usize) -> Option<usize> {
        let s = self.s;
        let body = shape(s, i, &[(b'+', 1), (b'1', 1)])
            .and_then(|p| s.get(p).filter(|&&c| c == b' ' || c == b'-').map(|_| p + 1))
            .unwrap_or(i);
        let forms: [&[(u8, usize)]; 4] = [
            &[(b'd', 3), (b'-', 1), (b'd', 3), (b'-', 1), (b'd', 4)],
            &[(b'd', 3), (b'.', 1), (b'd', 3), (b'.', 1), (b'd', 4)],
            &[(b'd', 3), (b' ', 1), (b'd', 3), (b' ', 1), (b'd', 4)],
            &[(b'(', 1), (b'd', 3), (b')', 1), (b' ', 1), (b'd', 3), (b'-', 1), (b'd', 4)],
        ];
        forms.iter().find_map(|f| bounded(s, body, f))
    }

    fn card(&mut self, i: usize) -> Option<usize> {
        let s = self.s;
        let limit = (i + 20).min(s.len());
        let run_end = span(&s[..limit], i, |c| c.is_ascii_digit());
        let luhn_ok = |from: usize, to: usize| {
            let (cnt, sum) = luhn_of(s[from..to].iter().rev().filter(|c| c.is_ascii_digit()).map(|&c| (c - b'0') as u32));
            cnt > 0 && sum % 10 == 0
        };
        if (13..=19).contains(&(run_end - i)) && !glued(s, run_end) && luhn_ok(i, run_end) {
            return Some(run_end);
        }
        [b' ', b'-']
            .iter()
            .find_map(|&sep| bounded(s, i, &[(b'd', 4), (sep, 1), (b'd', 4), (sep, 1), (b'd', 4), (sep, 1), (b'd', 4)]))
            .filter(|&end| luhn_ok(i, end))
    }
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut sc = Scan { s, no_email_before: 0 };
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let email = sc.email(i).map(|e| (e, EMAIL));
        let hit = email.or_else(|| {
            if i > 0 && s[i - 1].is_ascii_alphanumeric() {
                return None;
            }
            sc.ssn(i).map(|e| (e, SSN))
                .or_else(|| sc.phone(i).map(|e| (e, PHONE)))
                .or_else(|| sc.card(i).map(|e| (e, CARD)))
        });
        match hit {
            Some((end, tag)) => {
                out.extend_from_slice(tag.as_bytes());
                i = end;
            }
            None => {
                out.push(s[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("only whole ASCII stretches are replaced")
}
