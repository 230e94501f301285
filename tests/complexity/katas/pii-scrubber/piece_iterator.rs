// learner: optimal
// idiom: functional: a Pieces iterator (own Iterator impl) yields Keep(&str) / Tag(&str) pieces; scrub folds them into a String; matchers are small pure fns over a Cursor-free byte slice
//! Scrub PII from log lines in one pass.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn d(b: &[u8], i: usize) -> bool {
    b.get(i).map_or(false, u8::is_ascii_digit)
}

fn ds(b: &[u8], i: usize, n: usize) -> bool {
    (i..i + n).all(|k| d(b, k))
}

fn at(b: &[u8], i: usize, c: u8) -> bool {
    b.get(i) == Some(&c)
}

fn sticky(b: &[u8], i: usize) -> bool {
    b.get(i).map_or(false, u8::is_ascii_alphanumeric)
}

fn clear_before(b: &[u8], i: usize) -> bool {
    i == 0 || !b[i - 1].is_ascii_alphanumeric()
}

fn luhn_sum(b: &[u8]) -> Option<u32> {
    let mut sum = 0;
    let mut double = false;
    let mut seen = false;
    for &c in b.iter().rev() {
        if !c.is_ascii_digit() {
            continue;
        }
        seen = true;
        let v = (c - b'0') as u32;
        sum += match (double, v * 2) {
            (false, _) => v,
            (true, w) if w > 9 => w - 9,
            (true, w) => w,
        };
        double = !double;
    }
    seen.then_some(sum)
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    b.iter().all(u8::is_ascii_digit) && luhn_sum(b).map_or(false, |s| s % 10 == 0)
}

fn card_ok(b: &[u8]) -> bool {
    luhn_sum(b).map_or(false, |s| s % 10 == 0)
}

fn email_len(b: &[u8], i: usize) -> Result<usize, usize> {
    let local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);
    let mut e = i;
    while e < b.len() && local(b[e]) {
        e += 1;
    }
    if e == i || !at(b, e, b'@') {
        return Err(e);
    }
    let start = e + 1;
    let mut end = start;
    while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'.' || b[end] == b'-') {
        end += 1;
    }
    while end > start && b[end - 1] == b'.' {
        end -= 1;
    }
    let mut label = end;
    while label > start && b[label - 1].is_ascii_alphabetic() {
        label -= 1;
    }
    let good = end > start
        && b[start].is_ascii_alphanumeric()
        && end - label >= 2
        && label > start
        && b[label - 1] == b'.';
    if good { Ok(end - i) } else { Err(e) }
}

fn ssn_len(b: &[u8], i: usize) -> Option<usize> {
    let shape = ds(b, i, 3) && at(b, i + 3, b'-') && ds(b, i + 4, 2) && at(b, i + 6, b'-') && ds(b, i + 7, 4);
    (clear_before(b, i) && shape && !sticky(b, i + 11)).then_some(11)
}

fn phone_len(b: &[u8], i: usize) -> Option<usize> {
    if !clear_before(b, i) {
        return None;
    }
    let pre = if at(b, i, b'+') && at(b, i + 1, b'1') && (at(b, i + 2, b' ') || at(b, i + 2, b'-')) { 3 } else { 0 };
    let j = i + pre;
    let plain = [b'-', b'.', b' ']
        .into_iter()
        .any(|s| ds(b, j, 3) && at(b, j + 3, s) && ds(b, j + 4, 3) && at(b, j + 7, s) && ds(b, j + 8, 4));
    let paren = at(b, j, b'(') && ds(b, j + 1, 3) && at(b, j + 4, b')') && at(b, j + 5, b' ')
        && ds(b, j + 6, 3) && at(b, j + 9, b'-') && ds(b, j + 10, 4);
    let body = if plain { 12 } else if paren { 14 } else { return None };
    (!sticky(b, j + body)).then_some(pre + body)
}

fn card_len(b: &[u8], i: usize) -> Option<usize> {
    if !clear_before(b, i) || !d(b, i) {
        return None;
    }
    let mut n = 0;
    while n < 20 && d(b, i + n) {
        n += 1;
    }
    if (13..=19).contains(&n) && !sticky(b, i + n) && card_ok(&b[i..i + n]) {
        return Some(n);
    }
    [b' ', b'-'].into_iter().find_map(|s| {
        let shape = (0..4).all(|g| ds(b, i + 5 * g, 4)) && (1..4).all(|g| at(b, i + 5 * g - 1, s));
        (shape && !sticky(b, i + 19) && card_ok(&b[i..i + 19])).then_some(19)
    })
}

enum Piece<'a> {
    Keep(&'a str),
    Tag(&'static str),
}

struct Pieces<'a> {
    line: &'a str,
    pos: usize,
    dead: usize,
    pending: Option<(&'static str, usize)>,
}

impl<'a> Pieces<'a> {
    fn match_at(&mut self, i: usize) -> Option<(&'static str, usize)> {
        let b = self.line.as_bytes();
        if i >= self.dead {
            match email_len(b, i) {
                Ok(l) => return Some((EMAIL, l)),
                Err(e) => self.dead = e,
            }
        }
        ssn_len(b, i)
            .map(|l| (SSN, l))
            .or_else(|| phone_len(b, i).map(|l| (PHONE, l)))
            .or_else(|| card_len(b, i).map(|l| (CARD, l)))
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        if let Some((tag, len)) = self.pending.take() {
            self.pos += len;
            return Some(Piece::Tag(tag));
        }
        let start = self.pos;
        let n = self.line.len();
        let mut i = start;
        while i < n {
            if let Some(hit) = self.match_at(i) {
                self.pending = Some(hit);
                self.pos = i;
                return if i > start { Some(Piece::Keep(&self.line[start..i])) } else { self.next() };
            }
            i += 1;
        }
        self.pos = n;
        (start < n).then(|| Piece::Keep(&self.line[start..]))
    }
}

pub fn scrub(line: &str) -> String {
    Pieces { line, pos: 0, dead: 0, pending: None }.fold(String::with_capacity(line.len()), |mut out, p| {
        out.push_str(match p {
            Piece::Keep(s) => s,
            Piece::Tag(t) => t,
        });
        out
    })
}
