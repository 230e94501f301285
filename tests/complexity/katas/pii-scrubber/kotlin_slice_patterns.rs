// learner: optimal
// idiom: Kotlin-dev style: slice patterns in match arms for the fixed shapes, enum Pii with a tag() method, fold-based Luhn, memoised e-mail failure point
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Pii {
    Email,
    Ssn,
    Phone,
    Card,
}

impl Pii {
    fn tag(self) -> &'static str {
        match self {
            Pii::Email => EMAIL,
            Pii::Ssn => SSN,
            Pii::Phone => PHONE,
            Pii::Card => CARD,
        }
    }
}

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits
            .bytes()
            .rev()
            .map(|b| (b - b'0') as u32)
            .enumerate()
            .fold(0, |acc, (i, d)| acc + if i % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d })
            % 10
            == 0
}

fn d(b: &u8) -> bool {
    b.is_ascii_digit()
}

fn word(b: Option<&u8>) -> bool {
    matches!(b, Some(x) if x.is_ascii_alphanumeric())
}

fn ssn_len(s: &[u8]) -> Option<usize> {
    match s {
        [a, b, c, b'-', e, f, b'-', h, i, j, k, ..] if [a, b, c, e, f, h, i, j, k].iter().all(|x| d(x)) => Some(11),
        _ => None,
    }
}

fn phone_body_len(s: &[u8]) -> Option<usize> {
    match s {
        [b'(', a, b, c, b')', b' ', e, f, g, b'-', h, i, j, k, ..]
            if [a, b, c, e, f, g, h, i, j, k].iter().all(|x| d(x)) => Some(14),
        [a, b, c, s1, e, f, g, s2, h, i, j, k, ..]
            if s1 == s2 && matches!(s1, b'-' | b'.' | b' ') && [a, b, c, e, f, g, h, i, j, k].iter().all(|x| d(x)) => Some(12),
        _ => None,
    }
}

fn phone_len(s: &[u8]) -> Option<usize> {
    match s {
        [b'+', b'1', b' ' | b'-', rest @ ..] => phone_body_len(rest).map(|l| l + 3).or_else(|| phone_body_len(s)),
        _ => phone_body_len(s),
    }
}

fn ascii(s: &[u8]) -> &str {
    std::str::from_utf8(s).unwrap_or("")
}

fn card_len(s: &[u8]) -> Option<usize> {
    if s.len() >= 19 {
        let sep = s[4];
        let grouped = (sep == b' ' || sep == b'-')
            && (0..19).all(|k| if k % 5 == 4 { s[k] == sep } else { d(&s[k]) });
        if grouped && !word(s.get(19)) {
            let digits: Vec<u8> = s[..19].iter().copied().filter(u8::is_ascii_digit).collect();
            if luhn_valid(ascii(&digits)) {
                return Some(19);
            }
        }
    }
    let run = s.iter().take(20).take_while(|b| d(b)).count();
    match run {
        13..=19 if !word(s.get(run)) && luhn_valid(ascii(&s[..run])) => Some(run),
        _ => None,
    }
}

struct EmailMemo {
    dead_until: usize,
}

impl EmailMemo {
    fn try_at(&mut self, b: &[u8], i: usize) -> Option<usize> {
        if i < self.dead_until {
            return None;
        }
        let local = b[i..]
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-'))
            .count();
        if local == 0 {
            return None;
        }
        let at = i + local;
        let found = Self::domain(b, at);
        if found.is_none() {
            self.dead_until = at;
        }
        found
    }

    fn domain(b: &[u8], at: usize) -> Option<usize> {
        if b.get(at) != Some(&b'@') {
            return None;
        }
        let run = b[at + 1..]
            .iter()
            .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
            .count();
        let mut dom = &b[at + 1..at + 1 + run];
        while let [rest @ .., b'.'] = dom {
            dom = rest;
        }
        match dom {
            [first, ..] if first.is_ascii_alphanumeric() => {}
            _ => return None,
        }
        let dot = dom.iter().rposition(|&c| c == b'.')?;
        let tld = &dom[dot + 1..];
        match tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
            true => Some(at + 1 + dom.len()),
            false => None,
        }
    }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut memo = EmailMemo { dead_until: 0 };
    let mut out = String::with_capacity(line.len());
    let (mut i, mut flushed) = (0, 0);
    while i < b.len() {
        let found: Option<(Pii, usize)> = match memo.try_at(b, i) {
            Some(end) => Some((Pii::Email, end)),
            None if i > 0 && b[i - 1].is_ascii_alphanumeric() => None,
            None => {
                let rest = &b[i..];
                let bounded = |len: usize| if word(rest.get(len)) { None } else { Some(len) };
                ssn_len(rest)
                    .and_then(bounded)
                    .map(|l| (Pii::Ssn, i + l))
                    .or_else(|| phone_len(rest).and_then(bounded).map(|l| (Pii::Phone, i + l)))
                    .or_else(|| card_len(rest).map(|l| (Pii::Card, i + l)))
            }
        };
        match found {
            Some((kind, end)) => {
                out.push_str(&line[flushed..i]);
                out.push_str(kind.tag());
                flushed = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[flushed..]);
    out
}
