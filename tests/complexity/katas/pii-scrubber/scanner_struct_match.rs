// learner: optimal
// idiom: impl Scanner with private methods, match on byte slices/patterns via slice.get, Vec<u8> output converted once at the end
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    match b {
        [] => false,
        _ if !b.iter().all(u8::is_ascii_digit) => false,
        _ => luhn_sum(b.iter().rev().map(|c| c - b'0')) % 10 == 0,
    }
}

fn luhn_sum<I: Iterator<Item = u8>>(rev_digits: I) -> u32 {
    rev_digits
        .enumerate()
        .map(|(i, d)| match (i % 2, d as u32 * 2) {
            (0, _) => d as u32,
            (_, x) if x > 9 => x - 9,
            (_, x) => x,
        })
        .sum()
}

#[derive(Clone, Copy, PartialEq)]
enum Tok {
    D,
    Lit(u8),
    Sep, // same separator as the first Sep seen
}

const SSN_SHAPE: &[Tok] = &[Tok::D, Tok::D, Tok::D, Tok::Lit(b'-'), Tok::D, Tok::D, Tok::Lit(b'-'), Tok::D, Tok::D, Tok::D, Tok::D];
const PHONE_FLAT: &[Tok] = &[Tok::D, Tok::D, Tok::D, Tok::Sep, Tok::D, Tok::D, Tok::D, Tok::Sep, Tok::D, Tok::D, Tok::D, Tok::D];
const PHONE_PAREN: &[Tok] = &[
    Tok::Lit(b'('), Tok::D, Tok::D, Tok::D, Tok::Lit(b')'), Tok::Lit(b' '),
    Tok::D, Tok::D, Tok::D, Tok::Lit(b'-'), Tok::D, Tok::D, Tok::D, Tok::D,
];
const CARD_GROUPS: &[Tok] = &[
    Tok::D, Tok::D, Tok::D, Tok::D, Tok::Sep, Tok::D, Tok::D, Tok::D, Tok::D, Tok::Sep,
    Tok::D, Tok::D, Tok::D, Tok::D, Tok::Sep, Tok::D, Tok::D, Tok::D, Tok::D,
];

struct Scanner<'a> {
    s: &'a [u8],
}

impl<'a> Scanner<'a> {
    fn at(&self, k: usize) -> Option<u8> {
        self.s.get(k).copied()
    }

    fn word_byte(&self, k: usize) -> bool {
        matches!(self.at(k), Some(c) if c.is_ascii_alphanumeric())
    }

    fn fits(&self, start: usize, shape: &[Tok], seps: &[u8]) -> Option<usize> {
        let mut sep: Option<u8> = None;
        for (k, t) in shape.iter().enumerate() {
            let c = self.at(start + k)?;
            let ok = match *t {
                Tok::D => c.is_ascii_digit(),
                Tok::Lit(x) => c == x,
                Tok::Sep => match sep {
                    Some(x) => c == x,
                    None if seps.contains(&c) => {
                        sep = Some(c);
                        true
                    }
                    None => false,
                },
            };
            if !ok {
                return None;
            }
        }
        let end = start + shape.len();
        if self.word_byte(end) { None } else { Some(end) }
    }

    /// Ok(end) on a match, Err(end of local run) otherwise.
    fn email(&self, i: usize) -> Result<usize, usize> {
        let local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);
        let dom = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
        let j = i + self.s[i..].iter().take_while(|&&c| local(c)).count();
        if j == i || self.at(j) != Some(b'@') {
            return Err(j);
        }
        let a = j + 1;
        let mut d = a + self.s[a..].iter().take_while(|&&c| dom(c)).count();
        while d > a && self.s[d - 1] == b'.' {
            d -= 1;
        }
        let domain = &self.s[a..d];
        match domain.first() {
            Some(c) if c.is_ascii_alphanumeric() => {}
            _ => return Err(j),
        }
        match domain.rsplit(|&c| c == b'.').next() {
            Some(tld) if tld.len() >= 2 && tld.len() < domain.len() && tld.iter().all(u8::is_ascii_alphabetic) => Ok(d),
            _ => Err(j),
        }
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        self.fits(i, SSN_SHAPE, b"")
    }

    fn phone(&self, i: usize) -> Option<usize> {
        let body = match (self.at(i), self.at(i + 1), self.at(i + 2)) {
            (Some(b'+'), Some(b'1'), Some(b' ' | b'-')) => i + 3,
            _ => i,
        };
        self.fits(body, PHONE_FLAT, b"-. ").or_else(|| self.fits(body, PHONE_PAREN, b""))
    }

    fn card(&self, i: usize) -> Option<usize> {
        let run = self.s[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
        let luhn_ok = |end: usize| {
            let digits = self.s[i..end].iter().rev().filter(|c| c.is_ascii_digit()).map(|c| c - b'0');
            luhn_sum(digits) % 10 == 0
        };
        match run {
            13..=19 if !self.word_byte(i + run) && luhn_ok(i + run) => Some(i + run),
            4 => self.fits(i, CARD_GROUPS, b" -").filter(|&e| luhn_ok(e)),
            _ => None,
        }
    }
}

pub fn scrub(line: &str) -> String {
    let sc = Scanner { s: line.as_bytes() };
    let n = sc.s.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut email_blocked_to = 0;
    let mut i = 0;
    while i < n {
        let mut found: Option<(usize, &str)> = None;
        if i >= email_blocked_to {
            match sc.email(i) {
                Ok(end) => found = Some((end, EMAIL)),
                Err(run_end) => email_blocked_to = run_end,
            }
        }
        if found.is_none() && !(i > 0 && sc.word_byte(i - 1)) {
            found = sc
                .ssn(i)
                .map(|e| (e, SSN))
                .or_else(|| sc.phone(i).map(|e| (e, PHONE)))
                .or_else(|| sc.card(i).map(|e| (e, CARD)));
        }
        match found {
            Some((end, tag)) => {
                out.extend_from_slice(tag.as_bytes());
                i = end;
            }
            None => {
                out.push(sc.s[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("only whole UTF-8 sequences or ASCII tags are written")
}
