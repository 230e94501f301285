// learner: optimal
// idiom: parser-combinator style: a Copy Cursor with chainable methods returning Option<Cursor> (digits, lit, one_of) composed with `?` and or_else; Luhn as a rev/enumerate fold; scanner state in a struct with impl methods
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
struct Cursor<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn lit(self, c: u8) -> Option<Self> {
        (self.peek()? == c).then_some(Cursor { pos: self.pos + 1, ..self })
    }

    fn one_of(self, set: &[u8]) -> Option<(Self, u8)> {
        let c = self.peek()?;
        set.contains(&c).then_some((Cursor { pos: self.pos + 1, ..self }, c))
    }

    fn digits(self, n: usize) -> Option<Self> {
        let end = self.pos + n;
        let chunk = self.src.get(self.pos..end)?;
        chunk.iter().all(u8::is_ascii_digit).then_some(Cursor { pos: end, ..self })
    }

    fn run(self, keep: impl Fn(u8) -> bool) -> Self {
        let len = self.src[self.pos..].iter().take_while(|&&b| keep(b)).count();
        Cursor { pos: self.pos + len, ..self }
    }

    fn at_boundary(self) -> bool {
        self.peek().map_or(true, |b| !b.is_ascii_alphanumeric())
    }

    fn bounded(self) -> Option<Self> {
        self.at_boundary().then_some(self)
    }
}

fn luhn_digits<I: DoubleEndedIterator<Item = u32>>(ds: I) -> bool {
    let (sum, count) = ds.rev().enumerate().fold((0u32, 0usize), |(s, c), (k, d)| {
        let v = if k % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d };
        (s + v, c + 1)
    });
    count > 0 && sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    digits.bytes().all(|b| b.is_ascii_digit())
        && luhn_digits(digits.bytes().map(|b| (b - b'0') as u32))
}

fn ssn(c: Cursor) -> Option<Cursor> {
    c.digits(3)?.lit(b'-')?.digits(2)?.lit(b'-')?.digits(4)?.bounded()
}

fn phone_paren(c: Cursor) -> Option<Cursor> {
    c.lit(b'(')?.digits(3)?.lit(b')')?.lit(b' ')?.digits(3)?.lit(b'-')?.digits(4)
}

fn phone_plain(c: Cursor) -> Option<Cursor> {
    let (c, sep) = c.digits(3)?.one_of(b"-. ")?;
    c.digits(3)?.lit(sep)?.digits(4)
}

fn phone_body(c: Cursor) -> Option<Cursor> {
    phone_paren(c).or_else(|| phone_plain(c))?.bounded()
}

fn phone(c: Cursor) -> Option<Cursor> {
    c.lit(b'+')
        .and_then(|c| c.lit(b'1'))
        .and_then(|c| c.one_of(b" -"))
        .and_then(|(c, _)| phone_body(c))
        .or_else(|| phone_body(c))
}

fn card(c: Cursor) -> Option<Cursor> {
    let run_end = c.run(|b| b.is_ascii_digit());
    let len = run_end.pos - c.pos;
    if (13..=19).contains(&len) || len > 19 {
        let ok = len <= 19
            && run_end.at_boundary()
            && luhn_digits(c.src[c.pos..run_end.pos].iter().map(|&b| (b - b'0') as u32));
        return ok.then_some(run_end);
    }
    let (after_first, sep) = c.digits(4)?.one_of(b" -")?;
    let end = after_first.digits(4)?.lit(sep)?.digits(4)?.lit(sep)?.digits(4)?.bounded()?;
    let grouped = c.src[c.pos..end.pos].iter().filter(|b| b.is_ascii_digit()).map(|&b| (b - b'0') as u32);
    luhn_digits(grouped).then_some(end)
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-".contains(&b)
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

/// Ok(end) on a match, Err(end of the local run) when no e-mail starts anywhere in the run.
fn email(c: Cursor) -> Result<Cursor, usize> {
    let local_end = c.run(is_local);
    let fail = Err(local_end.pos);
    if local_end.pos == c.pos {
        return fail;
    }
    let Some(dom) = local_end.lit(b'@') else { return fail };
    let mut end = dom.run(is_domain).pos;
    while end > dom.pos && c.src[end - 1] == b'.' {
        end -= 1;
    }
    let domain = &c.src[dom.pos..end];
    let valid = domain.first().map_or(false, u8::is_ascii_alphanumeric)
        && domain
            .iter()
            .rposition(|&b| b == b'.')
            .map_or(false, |dot| {
                let tld = &domain[dot + 1..];
                tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)
            });
    if valid { Ok(Cursor { pos: end, ..c }) } else { fail }
}

struct Scrubber<'a> {
    line: &'a str,
    out: String,
    flushed: usize,
    email_dead_until: usize,
}

impl<'a> Scrubber<'a> {
    fn new(line: &'a str) -> Self {
        Scrubber { line, out: String::with_capacity(line.len()), flushed: 0, email_dead_until: 0 }
    }

    fn try_at(&mut self, pos: usize) -> Option<(usize, &'static str)> {
        let c = Cursor { src: self.line.as_bytes(), pos };
        if pos >= self.email_dead_until {
            match email(c) {
                Ok(end) => return Some((end.pos, EMAIL)),
                Err(dead) => self.email_dead_until = dead,
            }
        }
        let glued = pos > 0 && c.src[pos - 1].is_ascii_alphanumeric();
        if glued {
            return None;
        }
        ssn(c).map(|e| (e.pos, SSN))
            .or_else(|| phone(c).map(|e| (e.pos, PHONE)))
            .or_else(|| card(c).map(|e| (e.pos, CARD)))
    }

    fn replace(&mut self, start: usize, end: usize, tag: &str) {
        self.out.push_str(&self.line[self.flushed..start]);
        self.out.push_str(tag);
        self.flushed = end;
    }

    fn finish(mut self) -> String {
        self.out.push_str(&self.line[self.flushed..]);
        self.out
    }
}

pub fn scrub(line: &str) -> String {
    let mut sc = Scrubber::new(line);
    let mut pos = 0;
    while pos < line.len() {
        pos = match sc.try_at(pos) {
            Some((end, tag)) => {
                sc.replace(pos, end, tag);
                end
            }
            None => pos + 1,
        };
    }
    sc.finish()
}
