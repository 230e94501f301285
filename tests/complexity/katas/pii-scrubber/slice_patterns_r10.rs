// learner: optimal
// idiom: slice patterns with guards for every fixed shape, for-loop over enumerate() with a resume index, Option<usize> e-mail memo, fold-based Luhn
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn digits(xs: &[u8]) -> bool {
    xs.iter().all(u8::is_ascii_digit)
}

fn luhn_sum(ds: impl DoubleEndedIterator<Item = u8>) -> bool {
    let (sum, _) = ds.rev().fold((0u32, false), |(acc, dbl), d| {
        let v = u32::from(d - b'0');
        let v = if dbl { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v };
        (acc + v, !dbl)
    });
    sum % 10 == 0
}

pub fn luhn_valid(digits_str: &str) -> bool {
    let b = digits_str.as_bytes();
    !b.is_empty() && digits(b) && luhn_sum(b.iter().copied())
}

fn ssn(s: &[u8]) -> Option<usize> {
    match s {
        [a, b, c, b'-', d, e, b'-', f, g, h, i, ..] if digits(&[*a, *b, *c, *d, *e, *f, *g, *h, *i]) => Some(11),
        _ => None,
    }
}

fn phone_body(s: &[u8]) -> Option<usize> {
    match s {
        [b'(', a, b, c, b')', b' ', d, e, f, b'-', g, h, i, j, ..]
            if digits(&[*a, *b, *c, *d, *e, *f, *g, *h, *i, *j]) =>
        {
            Some(14)
        }
        [a, b, c, s1 @ (b'-' | b'.' | b' '), d, e, f, s2, g, h, i, j, ..]
            if s1 == s2 && digits(&[*a, *b, *c, *d, *e, *f, *g, *h, *i, *j]) =>
        {
            Some(12)
        }
        _ => None,
    }
}

fn phone(s: &[u8]) -> Option<usize> {
    match s {
        [b'+', b'1', b' ' | b'-', rest @ ..] => phone_body(rest).map(|n| n + 3).or_else(|| phone_body(s)),
        _ => phone_body(s),
    }
}

fn card(s: &[u8]) -> Option<usize> {
    let run = s.iter().take(20).take_while(|b| b.is_ascii_digit()).count();
    if (13..=19).contains(&run) && luhn_sum(s[..run].iter().copied()) {
        return Some(run);
    }
    let w = s.get(..19)?;
    let sep = w[4];
    let shaped = (sep == b' ' || sep == b'-')
        && w.chunks(5).all(|grp| digits(&grp[..4]) && grp.get(4).map_or(true, |&x| x == sep));
    let ok = shaped && luhn_sum(w.iter().copied().filter(u8::is_ascii_digit));
    ok.then_some(19)
}

fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let local = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let j = i + b[i..].iter().take_while(|c| local(c)).count();
    if j == i || b.get(j) != Some(&b'@') {
        return Err(j);
    }
    let dom = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-');
    let start = j + 1;
    let raw_end = start + b[start..].iter().take_while(|c| dom(c)).count();
    let end = start + b[start..raw_end].iter().rposition(|&c| c != b'.').map_or(0, |p| p + 1);
    let d = &b[start..end];
    let tld_start = d.iter().rposition(|&c| c == b'.').map(|p| p + 1);
    match (d.first(), tld_start) {
        (Some(f), Some(t)) if f.is_ascii_alphanumeric() && d.len() - t >= 2 && d[t..].iter().all(u8::is_ascii_alphabetic) => Ok(end),
        _ => Err(j),
    }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let word = |k: usize| b.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let mut out = String::with_capacity(line.len());
    let mut resume = 0;
    let mut copied = 0;
    let mut email_dead_until: Option<usize> = None;
    for (i, &c) in b.iter().enumerate() {
        if i < resume || !c.is_ascii() {
            continue;
        }
        let mut hit: Option<(&str, usize)> = None;
        if email_dead_until.map_or(true, |d| i >= d) {
            match email(b, i) {
                Ok(end) => hit = Some((EMAIL, end)),
                Err(run_end) => email_dead_until = Some(run_end),
            }
        }
        let left_free = i == 0 || !word(i - 1);
        if hit.is_none() && left_free {
            let rest = &b[i..];
            let tries: [(&str, fn(&[u8]) -> Option<usize>); 3] = [(SSN, ssn), (PHONE, phone), (CARD, card)];
            hit = tries
                .iter()
                .filter_map(|&(tag, f)| f(rest).map(|n| (tag, i + n)))
                .find(|&(_, end)| !word(end));
        }
        if let Some((tag, end)) = hit {
            out.push_str(&line[copied..i]);
            out.push_str(tag);
            copied = end;
            resume = end;
        }
    }
    out.push_str(&line[copied..]);
    out
}
