// learner: optimal
// idiom: over-engineered: Shape trait objects in a module, Cursor/Span newtypes, a Template matcher, LuhnDigits iterator struct implementing Iterator, e-mail shape with its own skip-ahead state
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

mod luhn {
    /// Yields the Luhn-weighted value of each digit, rightmost first; None on a non-digit.
    pub struct Weighted<'a> {
        bytes: std::iter::Rev<std::slice::Iter<'a, u8>>,
        double: bool,
    }

    impl<'a> Weighted<'a> {
        pub fn new(bytes: &'a [u8]) -> Self {
            Weighted { bytes: bytes.iter().rev(), double: false }
        }
    }

    impl<'a> Iterator for Weighted<'a> {
        type Item = Option<u32>;
        fn next(&mut self) -> Option<Option<u32>> {
            let b = *self.bytes.next()?;
            let doubled = self.double;
            self.double = !doubled;
            Some(b.is_ascii_digit().then(|| {
                let d = u32::from(b - b'0');
                match (doubled, d * 2) {
                    (false, _) => d,
                    (true, x) if x > 9 => x - 9,
                    (true, x) => x,
                }
            }))
        }
    }

    pub fn checksum_ok<'a, I: IntoIterator<Item = &'a u8>>(digits: I) -> bool
    where
        I::IntoIter: DoubleEndedIterator,
    {
        let mut sum = 0u32;
        let mut any = false;
        let mut double = false;
        for &b in digits.into_iter().rev() {
            if !b.is_ascii_digit() {
                return false;
            }
            let d = u32::from(b - b'0');
            sum += if double { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d };
            double = !double;
            any = true;
        }
        any && sum % 10 == 0
    }
}

mod shapes {
    use super::luhn;

    #[derive(Clone, Copy)]
    pub struct Cursor<'a> {
        pub bytes: &'a [u8],
        pub at: usize,
    }

    impl<'a> Cursor<'a> {
        pub fn byte(&self, i: usize) -> Option<u8> {
            self.bytes.get(i).copied()
        }
        pub fn word_byte(&self, i: usize) -> bool {
            self.byte(i).is_some_and(|b| b.is_ascii_alphanumeric())
        }
        pub fn free_left(&self) -> bool {
            self.at == 0 || !self.word_byte(self.at - 1)
        }
    }

    /// End (exclusive) of a match.
    #[derive(Clone, Copy, Debug)]
    pub struct End(pub usize);

    pub trait Shape {
        fn label(&self) -> &'static str;
        fn match_at(&mut self, c: Cursor<'_>) -> Option<End>;
    }

    /// 'd' is any ASCII digit, every other byte stands for itself.
    pub struct Template(pub &'static [u8]);

    impl Template {
        pub fn matches(&self, c: Cursor<'_>, from: usize) -> Option<End> {
            let t = self.0;
            let window = c.bytes.get(from..from + t.len())?;
            let ok = window.iter().zip(t).all(|(&b, &p)| if p == b'd' { b.is_ascii_digit() } else { b == p });
            (ok && !c.word_byte(from + t.len())).then_some(End(from + t.len()))
        }
    }

    pub struct Email {
        dead_until: usize,
    }

    impl Email {
        pub fn new() -> Self {
            Email { dead_until: 0 }
        }
        fn local(b: u8) -> bool {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
        }
        fn domain(b: u8) -> bool {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
        }
        fn domain_ok(d: &[u8]) -> bool {
            let first_ok = d.first().is_some_and(|b| b.is_ascii_alphanumeric());
            match d.iter().rposition(|&b| b == b'.') {
                Some(dot) if first_ok => {
                    let tld = &d[dot + 1..];
                    tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)
                }
                _ => false,
            }
        }
    }

    impl Shape for Email {
        fn label(&self) -> &'static str {
            super::EMAIL
        }
        fn match_at(&mut self, c: Cursor<'_>) -> Option<End> {
            if c.at < self.dead_until {
                return None;
            }
            let run = c.bytes[c.at..].iter().take_while(|&&b| Self::local(b)).count();
            let at_sign = c.at + run;
            let result = (run > 0 && c.byte(at_sign) == Some(b'@'))
                .then(|| {
                    let len = c.bytes[at_sign + 1..].iter().take_while(|&&b| Self::domain(b)).count();
                    let mut end = at_sign + 1 + len;
                    while end > at_sign + 1 && c.bytes[end - 1] == b'.' {
                        end -= 1;
                    }
                    Self::domain_ok(&c.bytes[at_sign + 1..end]).then_some(End(end))
                })
                .flatten();
            if result.is_none() {
                self.dead_until = at_sign.max(c.at + 1);
            }
            result
        }
    }

    pub struct Ssn;

    impl Shape for Ssn {
        fn label(&self) -> &'static str {
            super::SSN
        }
        fn match_at(&mut self, c: Cursor<'_>) -> Option<End> {
            c.free_left().then(|| Template(b"ddd-dd-dddd").matches(c, c.at)).flatten()
        }
    }

    pub struct Phone;

    const PHONE_BODIES: [Template; 4] =
        [Template(b"ddd-ddd-dddd"), Template(b"ddd.ddd.dddd"), Template(b"ddd ddd dddd"), Template(b"(ddd) ddd-dddd")];

    impl Shape for Phone {
        fn label(&self) -> &'static str {
            super::PHONE
        }
        fn match_at(&mut self, c: Cursor<'_>) -> Option<End> {
            if !c.free_left() {
                return None;
            }
            let prefixed = matches!(c.bytes.get(c.at..c.at + 3), Some(b"+1 ") | Some(b"+1-"));
            let body = if prefixed { c.at + 3 } else { c.at };
            PHONE_BODIES.iter().find_map(|t| t.matches(c, body))
        }
    }

    pub struct Card;

    const GROUPED: [Template; 2] = [Template(b"dddd dddd dddd dddd"), Template(b"dddd-dddd-dddd-dddd")];

    impl Shape for Card {
        fn label(&self) -> &'static str {
            super::CARD
        }
        fn match_at(&mut self, c: Cursor<'_>) -> Option<End> {
            if !c.free_left() {
                return None;
            }
            let run = c.bytes[c.at..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
            if (13..=19).contains(&run) && !c.word_byte(c.at + run) && luhn::checksum_ok(&c.bytes[c.at..c.at + run]) {
                return Some(End(c.at + run));
            }
            GROUPED.iter().find_map(|t| {
                let end = t.matches(c, c.at)?;
                let mut digits = [0u8; 16];
                c.bytes[c.at..end.0]
                    .iter()
                    .filter(|b| b.is_ascii_digit())
                    .zip(digits.iter_mut())
                    .for_each(|(&b, slot)| *slot = b);
                luhn::checksum_ok(&digits).then_some(end)
            })
        }
    }
}

use shapes::{Card, Cursor, Email, Phone, Shape, Ssn};

pub fn luhn_valid(digits: &str) -> bool {
    let mut any = false;
    let mut sum = 0;
    for w in luhn::Weighted::new(digits.as_bytes()) {
        match w {
            Some(v) => sum += v,
            None => return false,
        }
        any = true;
    }
    any && sum % 10 == 0
}

struct Scrubber {
    shapes: Vec<Box<dyn Shape>>,
}

impl Scrubber {
    fn standard() -> Self {
        Scrubber { shapes: vec![Box::new(Email::new()), Box::new(Ssn), Box::new(Phone), Box::new(Card)] }
    }

    fn run(mut self, line: &str) -> String {
        let bytes = line.as_bytes();
        let mut out = String::with_capacity(line.len());
        let (mut at, mut copied) = (0usize, 0usize);
        while at < bytes.len() {
            let cursor = Cursor { bytes, at };
            let hit = self.shapes.iter_mut().find_map(|s| s.match_at(cursor).map(|e| (e, s.label())));
            match hit {
                Some((end, label)) => {
                    out.push_str(&line[copied..at]);
                    out.push_str(label);
                    at = end.0;
                    copied = at;
                }
                None => at += 1,
            }
        }
        out.push_str(&line[copied..]);
        out
    }
}

pub fn scrub(line: &str) -> String {
    Scrubber::standard().run(line)
}
