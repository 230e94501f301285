// learner: slow
// why: scrub is O(n^2) time, target O(n): the card matcher counts the whole digit run (no cap at 20 digits) before the left-boundary check, at every position of a long digit run
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn luhn_digits(rev: impl Iterator<Item = u8>) -> bool {
    let total: u32 = rev
        .enumerate()
        .map(|(k, d)| {
            let d = d as u32;
            if k % 2 == 0 { d } else if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
        })
        .sum();
    total % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && luhn_digits(digits.bytes().rev().map(|b| b - b'0'))
}

fn pattern_at(s: &[u8], i: usize, pat: &[u8]) -> Option<usize> {
    let w = s.get(i..i + pat.len())?;
    let ok = w.iter().zip(pat).all(|(&b, &p)| match p {
        b'd' => b.is_ascii_digit(),
        lit => b == lit,
    });
    if ok { Some(i + pat.len()) } else { None }
}

fn right_free(s: &[u8], e: usize) -> bool {
    s.get(e).map_or(true, |&b| !word(b))
}

fn left_free(s: &[u8], i: usize) -> bool {
    i == 0 || !word(s[i - 1])
}

fn email(s: &[u8], i: usize, skip_to: &mut usize) -> Option<usize> {
    if i < *skip_to {
        return None;
    }
    let local = |b: u8| word(b) || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let at = s[i..].iter().position(|&b| !local(b)).map_or(s.len(), |k| i + k);
    let result = if at > i && s.get(at) == Some(&b'@') {
        let start = at + 1;
        let mut end = s[start..]
            .iter()
            .position(|&b| !(word(b) || b == b'.' || b == b'-'))
            .map_or(s.len(), |k| start + k);
        while end > start && s[end - 1] == b'.' {
            end -= 1;
        }
        let d = &s[start..end];
        let last = d.rsplit(|&b| b == b'.').next().unwrap_or(&[]);
        let good = !d.is_empty()
            && word(d[0])
            && d.contains(&b'.')
            && last.len() >= 2
            && last.iter().all(|b| b.is_ascii_alphabetic());
        if good { Some(end) } else { None }
    } else {
        None
    };
    if result.is_none() {
        *skip_to = at.max(i + 1);
    }
    result
}

fn ssn(s: &[u8], i: usize) -> Option<usize> {
    pattern_at(s, i, b"ddd-dd-dddd").filter(|&e| left_free(s, i) && right_free(s, e))
}

fn phone(s: &[u8], i: usize) -> Option<usize> {
    let bodies: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    let body = |j: usize| bodies.iter().find_map(|b| pattern_at(s, j, b));
    pattern_at(s, i, b"+1 ")
        .or_else(|| pattern_at(s, i, b"+1-"))
        .and_then(body)
        .or_else(|| body(i))
        .filter(|&e| left_free(s, i) && right_free(s, e))
}

fn card(s: &[u8], i: usize) -> Option<usize> {
    // how long is this number?
    let run = s[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let plain = if run >= 13 && run <= 19 { Some(i + run) } else { None };
    plain
        .or_else(|| pattern_at(s, i, b"dddd dddd dddd dddd"))
        .or_else(|| pattern_at(s, i, b"dddd-dddd-dddd-dddd"))
        .filter(|&e| left_free(s, i) && right_free(s, e))
        .filter(|&e| luhn_digits(s[i..e].iter().rev().filter(|b| b.is_ascii_digit()).map(|b| b - b'0')))
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let (mut i, mut from, mut skip_to) = (0, 0, 0);
    while i < s.len() {
        let hit = email(s, i, &mut skip_to)
            .map(|e| (e, EMAIL))
            .or_else(|| ssn(s, i).map(|e| (e, SSN)))
            .or_else(|| phone(s, i).map(|e| (e, PHONE)))
            .or_else(|| card(s, i).map(|e| (e, CARD)));
        match hit {
            Some((e, tag)) => {
                out.push_str(&line[from..i]);
                out.push_str(tag);
                i = e;
                from = e;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[from..]);
    out
}
