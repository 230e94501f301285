// learner: slow
// why: scrub is O(n^2) time, target O(n): the output is rebuilt with format! for every replacement (with the kept stretch before it), copying everything written so far
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    !b.is_empty()
        && b.iter().all(u8::is_ascii_digit)
        && b.iter()
            .rev()
            .enumerate()
            .map(|(k, &c)| {
                let d = u32::from(c - b'0');
                match (k % 2, d * 2) {
                    (0, _) => d,
                    (_, x) if x > 9 => x - 9,
                    (_, x) => x,
                }
            })
            .sum::<u32>()
            % 10
            == 0
}

fn d(b: &u8) -> bool {
    b.is_ascii_digit()
}

fn glued(s: &[u8], at: usize) -> bool {
    s.get(at).is_some_and(u8::is_ascii_alphanumeric)
}

fn free_left(s: &[u8], i: usize) -> bool {
    i == 0 || !s[i - 1].is_ascii_alphanumeric()
}

fn ssn(s: &[u8], i: usize) -> Option<usize> {
    let [a, b, c, b'-', e, f, b'-', g, h, j, k, ..] = &s[i..] else {
        return None;
    };
    [a, b, c, e, f, g, h, j, k].into_iter().all(d).then_some(i + 11).filter(|&end| !glued(s, end))
}

fn phone_body(s: &[u8], i: usize) -> Option<usize> {
    let rest = s.get(i..)?;
    let len = match rest {
        [a, b, c, sep @ (b'-' | b'.' | b' '), e, f, g, sep2, h, j, k, l, ..]
            if sep == sep2 && [a, b, c, e, f, g, h, j, k, l].into_iter().all(d) => 12,
        [b'(', a, b, c, b')', b' ', e, f, g, b'-', h, j, k, l, ..]
            if [a, b, c, e, f, g, h, j, k, l].into_iter().all(d) => 14,
        _ => return None,
    };
    Some(i + len).filter(|&end| !glued(s, end))
}

fn phone(s: &[u8], i: usize) -> Option<usize> {
    phone_body(s, i).or_else(|| match &s[i..] {
        [b'+', b'1', b' ' | b'-', ..] => phone_body(s, i + 3),
        _ => None,
    })
}

fn card(line: &str, i: usize) -> Option<usize> {
    let s = line.as_bytes();
    let run = s[i..].iter().take(20).take_while(|b| d(b)).count();
    if (13..=19).contains(&run) && !glued(s, i + run) && luhn_valid(&line[i..i + run]) {
        return Some(i + run);
    }
    let group = s.get(i..i + 19)?;
    let sep = group[4];
    let shaped = matches!(sep, b' ' | b'-')
        && group.iter().enumerate().all(|(k, b)| if k % 5 == 4 { *b == sep } else { d(b) });
    if !shaped || glued(s, i + 19) {
        return None;
    }
    let mut digits = [0u8; 16];
    for (slot, b) in digits.iter_mut().zip(group.iter().filter(|b| d(b))) {
        *slot = *b;
    }
    let digits = std::str::from_utf8(&digits).ok()?;
    luhn_valid(digits).then_some(i + 19)
}

fn local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Ok(end of the e-mail) or Err(end of the local-part run, before which no e-mail can start).
fn email(s: &[u8], i: usize) -> Result<usize, usize> {
    let at = i + s[i..].iter().take_while(|&&b| local(b)).count();
    if at == i || s.get(at) != Some(&b'@') {
        return Err(at);
    }
    let from = at + 1;
    let mut to = from
        + s[from..]
            .iter()
            .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
            .count();
    while to > from && s[to - 1] == b'.' {
        to -= 1;
    }
    let domain = &s[from..to];
    let Some(dot) = domain.iter().rposition(|&b| b == b'.') else {
        return Err(at);
    };
    let tld = &domain[dot + 1..];
    if domain[0].is_ascii_alphanumeric() && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) {
        Ok(to)
    } else {
        Err(at)
    }
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::new();
    let (mut i, mut kept_from, mut email_blocked_until) = (0, 0, 0);
    while i < s.len() {
        let mut hit = None;
        if i >= email_blocked_until {
            match email(s, i) {
                Ok(end) => hit = Some((end, EMAIL)),
                Err(wall) => email_blocked_until = wall,
            }
        }
        if hit.is_none() && free_left(s, i) {
            hit = ssn(s, i)
                .map(|e| (e, SSN))
                .or_else(|| phone(s, i).map(|e| (e, PHONE)))
                .or_else(|| card(line, i).map(|e| (e, CARD)));
        }
        let Some((end, tag)) = hit else {
            i += 1;
            continue;
        };
        out = format!("{}{}{}", out, &line[kept_from..i], tag);
        kept_from = end;
        i = end;
    }
    format!("{out}{}", &line[kept_from..])
}
