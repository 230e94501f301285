// learner: optimal
// idiom: Raku enthusiast: a tiny grammar of shape templates ("ddd-dd-dddd", "(ddd) ddd-dddd") tried with `find_map`, plus an e-mail token with a remembered dead end
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const SSN_SHAPES: &[&str] = &["ddd-dd-dddd"];
const PHONE_SHAPES: &[&str] = &["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"];
const PHONE_PREFIXES: &[&str] = &["+1 ", "+1-", ""];
const CARD_SHAPES: &[&str] = &["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd"];

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits
            .bytes()
            .rev()
            .map(|b| (b - b'0') as u32)
            .enumerate()
            .map(|(k, d)| if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d })
            .sum::<u32>()
            % 10
            == 0
}

/// Does the template fit at `i`? `d` is a digit, anything else is itself. Returns the end.
fn fits(b: &[u8], i: usize, shape: &str) -> Option<usize> {
    let end = i + shape.len();
    (end <= b.len()
        && shape.bytes().zip(&b[i..end]).all(|(s, &c)| if s == b'd' { c.is_ascii_digit() } else { s == c }))
    .then_some(end)
}

fn word(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

/// Not glued to letters or digits on either side.
fn free_standing(b: &[u8], i: usize, end: usize) -> bool {
    (i == 0 || !word(b[i - 1])) && b.get(end).map_or(true, |&c| !word(c))
}

fn ssn(b: &[u8], i: usize) -> Option<usize> {
    SSN_SHAPES.iter().find_map(|s| fits(b, i, s)).filter(|&e| free_standing(b, i, e))
}

fn phone(b: &[u8], i: usize) -> Option<usize> {
    PHONE_PREFIXES
        .iter()
        .filter_map(|p| fits(b, i, p))
        .flat_map(|j| PHONE_SHAPES.iter().filter_map(move |s| fits(b, j, s)))
        .find(|&e| free_standing(b, i, e))
}

fn card(b: &[u8], i: usize) -> Option<usize> {
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    let plain = (13..=19).contains(&run).then_some(i + run);
    plain
        .into_iter()
        .chain(CARD_SHAPES.iter().filter_map(|s| fits(b, i, s)))
        .filter(|&e| free_standing(b, i, e))
        .find(|&e| {
            let digits: String = b[i..e].iter().filter(|c| c.is_ascii_digit()).map(|&c| c as char).collect();
            luhn_valid(&digits)
        })
}

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(&c)
}

fn domain_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// The e-mail starting at `i`, or Err(j): every start before `j` fails the same way.
fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let at = i + b[i..].iter().take_while(|&&c| local_char(c)).count();
    if at == i || b.get(at) != Some(&b'@') {
        return Err(at.max(i + 1));
    }
    let run = b[at + 1..].iter().take_while(|&&c| domain_char(c)).count();
    let domain = b[at + 1..at + 1 + run].trim_ascii_end();
    let domain = &domain[..domain.len() - domain.iter().rev().take_while(|&&c| c == b'.').count()];
    let tld = domain.rsplit(|&c| c == b'.').next().unwrap_or_default();
    let ok = domain.first().is_some_and(|c| c.is_ascii_alphanumeric())
        && domain.contains(&b'.')
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic);
    if ok { Ok(at + 1 + domain.len()) } else { Err(at) }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let (mut i, mut copied, mut no_mail_before) = (0, 0, 0);
    while i < b.len() {
        let mut hit = None;
        if i >= no_mail_before {
            match email(b, i) {
                Ok(e) => hit = Some((e, EMAIL)),
                Err(j) => no_mail_before = j,
            }
        }
        let hit = hit
            .or_else(|| ssn(b, i).map(|e| (e, SSN)))
            .or_else(|| phone(b, i).map(|e| (e, PHONE)))
            .or_else(|| card(b, i).map(|e| (e, CARD)));
        match hit {
            Some((end, tag)) => {
                out.push_str(&line[copied..i]);
                out.push_str(tag);
                i = end;
                copied = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied..]);
    out
}
