// learner: optimal
// idiom: Coq-trained formal methods student: each shape is a small grammar (a list of Tok constructors) matched by structural recursion; a Scanner record carries the one piece of state, the e-mail "barrier" below which no start can succeed
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Tok {
    /// exactly n ASCII digits
    D(usize),
    /// one literal byte
    L(u8),
}
use Tok::{D, L};

const SSN_G: &[Tok] = &[D(3), L(b'-'), D(2), L(b'-'), D(4)];
const PREFIX_G: &[&[Tok]] = &[&[L(b'+'), L(b'1'), L(b' ')], &[L(b'+'), L(b'1'), L(b'-')], &[]];
const PHONE_G: &[&[Tok]] = &[
    &[D(3), L(b'-'), D(3), L(b'-'), D(4)],
    &[D(3), L(b'.'), D(3), L(b'.'), D(4)],
    &[D(3), L(b' '), D(3), L(b' '), D(4)],
    &[L(b'('), D(3), L(b')'), L(b' '), D(3), L(b'-'), D(4)],
];
const CARD_G: &[&[Tok]] = &[
    &[D(4), L(b' '), D(4), L(b' '), D(4), L(b' '), D(4)],
    &[D(4), L(b'-'), D(4), L(b'-'), D(4), L(b'-'), D(4)],
];

#[derive(Clone, Copy)]
enum Pii {
    Email,
    Ssn,
    Phone,
    Card,
}

impl Pii {
    fn mask(self) -> &'static str {
        match self {
            Pii::Email => EMAIL,
            Pii::Ssn => SSN,
            Pii::Phone => PHONE,
            Pii::Card => CARD,
        }
    }
}

/// `derive(b, i, g) = Some(j)` iff `b[i..j]` is a word of grammar `g`.
fn derive(b: &[u8], i: usize, g: &[Tok]) -> Option<usize> {
    match g {
        [] => Some(i),
        [D(n), rest @ ..] => {
            let j = i.checked_add(*n).filter(|&j| j <= b.len())?;
            if b[i..j].iter().all(u8::is_ascii_digit) { derive(b, j, rest) } else { None }
        }
        [L(c), rest @ ..] => match b.get(i) {
            Some(x) if x == c => derive(b, i + 1, rest),
            _ => None,
        },
    }
}

/// Luhn checksum of digit values given left to right.
fn luhn<I: DoubleEndedIterator<Item = u8>>(ds: I) -> bool {
    let total: u32 = ds
        .rev()
        .enumerate()
        .map(|(k, d)| match (k % 2, u32::from(d) * 2) {
            (0, _) => u32::from(d),
            (_, dd) if dd > 9 => dd - 9,
            (_, dd) => dd,
        })
        .sum();
    total % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty() && b.iter().all(u8::is_ascii_digit) && luhn(b.iter().map(|c| c - b'0'))
}

fn local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(&c)
}

struct Scanner<'a> {
    b: &'a [u8],
    /// Invariant: no e-mail starts at any position < barrier that we have not yet passed.
    barrier: usize,
}

impl<'a> Scanner<'a> {
    fn isolated(&self, i: usize, j: usize) -> bool {
        let word = |k: usize| self.b.get(k).is_some_and(u8::is_ascii_alphanumeric);
        !(i > 0 && word(i - 1)) && !word(j)
    }

    fn shape(&self, i: usize, grammars: &[&[Tok]]) -> Option<usize> {
        grammars.iter().find_map(|g| derive(self.b, i, g).filter(|&j| self.isolated(i, j)))
    }

    fn domain(&self, at: usize) -> Option<usize> {
        let b = self.b;
        let run = b[at + 1..].iter().take_while(|&&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-').count();
        let mut dom = &b[at + 1..at + 1 + run];
        while let [init @ .., b'.'] = dom {
            dom = init;
        }
        let first_ok = dom.first().is_some_and(u8::is_ascii_alphanumeric);
        let tld_ok = match dom.iter().rposition(|&c| c == b'.') {
            Some(p) => dom.len() - p - 1 >= 2 && dom[p + 1..].iter().all(u8::is_ascii_alphabetic),
            None => false,
        };
        (first_ok && tld_ok).then_some(at + 1 + dom.len())
    }

    fn email(&mut self, i: usize) -> Option<usize> {
        if i < self.barrier || !local(self.b[i]) {
            return None;
        }
        let j = i + self.b[i..].iter().take_while(|&&c| local(c)).count();
        let r = match self.b.get(j) {
            Some(b'@') => self.domain(j),
            _ => None,
        };
        if r.is_none() {
            // every start in i..j has the same run end j, hence the same failure
            self.barrier = j;
        }
        r
    }

    fn ssn(&self, i: usize) -> Option<usize> {
        self.shape(i, &[SSN_G])
    }

    fn phone(&self, i: usize) -> Option<usize> {
        PREFIX_G.iter().find_map(|p| derive(self.b, i, p).and_then(|k| {
            PHONE_G.iter().find_map(|g| derive(self.b, k, g).filter(|&j| self.isolated(i, j)))
        }))
    }

    fn card(&self, i: usize) -> Option<usize> {
        let digits = |s: &[u8]| s.iter().filter(|c| c.is_ascii_digit()).map(|c| c - b'0').collect::<Vec<u8>>();
        let run = self.b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
        let plain = Some(i + run)
            .filter(|_| (13..=19).contains(&run))
            .filter(|&j| self.isolated(i, j) && luhn(digits(&self.b[i..j]).into_iter()));
        plain.or_else(|| self.shape(i, CARD_G).filter(|&j| luhn(digits(&self.b[i..j]).into_iter())))
    }

    fn recognise(&mut self, i: usize) -> Option<(Pii, usize)> {
        if let Some(j) = self.email(i) {
            return Some((Pii::Email, j));
        }
        self.ssn(i)
            .map(|j| (Pii::Ssn, j))
            .or_else(|| self.phone(i).map(|j| (Pii::Phone, j)))
            .or_else(|| self.card(i).map(|j| (Pii::Card, j)))
    }
}

pub fn scrub(line: &str) -> String {
    let mut sc = Scanner { b: line.as_bytes(), barrier: 0 };
    let mut out = String::with_capacity(line.len());
    let (mut i, mut kept) = (0, 0);
    while i < line.len() {
        match sc.recognise(i) {
            Some((kind, j)) => {
                out.push_str(&line[kept..i]);
                out.push_str(kind.mask());
                i = j;
                kept = j;
            }
            None => i += 1,
        }
    }
    out + &line[kept..]
}
