// learner: slow
// idiom: Clojure developer: a cond-> style chain of pure "try-X at i" functions over byte slices, each one self-contained (the e-mail matcher re-reads its local part from scratch at every start)
// why: scrub is O(n^2): at every start inside a long run of local-part bytes, try_email walks the whole run again to look for '@' (a 14 000-byte token costs ~10^8 reads), vs the O(n) target which remembers the failed run end
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-".contains(&b)
}

fn domain_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

fn glued(s: &[u8], i: usize) -> bool {
    s.get(i).is_some_and(|b| b.is_ascii_alphanumeric())
}

fn clean_edges(s: &[u8], start: usize, end: usize) -> bool {
    !(start > 0 && glued(s, start - 1)) && !glued(s, end)
}

/// Matches a pattern where `#` is a digit; returns the end.
fn pattern(s: &[u8], i: usize, pat: &str) -> Option<usize> {
    let end = i + pat.len();
    let hit = s.get(i..end)?.iter().zip(pat.bytes()).all(|(&c, p)| if p == b'#' { c.is_ascii_digit() } else { c == p });
    hit.then_some(end)
}

fn try_email(s: &[u8], i: usize) -> Option<usize> {
    let at = i + s[i..].iter().take_while(|&&b| local_char(b)).count();
    if at == i || s.get(at) != Some(&b'@') {
        return None;
    }
    let start = at + 1;
    let raw_end = start + s[start..].iter().take_while(|&&b| domain_char(b)).count();
    let end = (start..=raw_end).rev().find(|&e| e == start || s[e - 1] != b'.')?;
    let dom = &s[start..end];
    let tld = dom.rsplit(|&b| b == b'.').next().unwrap_or_default();
    let valid = dom.first().is_some_and(|b| b.is_ascii_alphanumeric())
        && dom.contains(&b'.')
        && tld.len() >= 2
        && tld.iter().all(|b| b.is_ascii_alphabetic());
    valid.then_some(end)
}

fn try_ssn(s: &[u8], i: usize) -> Option<usize> {
    pattern(s, i, "###-##-####").filter(|&e| clean_edges(s, i, e))
}

fn try_phone(s: &[u8], i: usize) -> Option<usize> {
    let body = ["+1 ", "+1-"].iter().find_map(|p| pattern(s, i, p)).unwrap_or(i);
    ["###-###-####", "###.###.####", "### ### ####", "(###) ###-####"]
        .iter()
        .find_map(|p| pattern(s, body, p))
        .filter(|&e| clean_edges(s, i, e))
}

fn luhn(ds: &[u8]) -> bool {
    ds.iter().rev().enumerate().map(|(k, &d)| {
        let d = u32::from(d - b'0');
        match (k % 2, d * 2) {
            (1, x) if x > 9 => x - 9,
            (1, x) => x,
            _ => d,
        }
    }).sum::<u32>() % 10 == 0
}

fn try_card(s: &[u8], i: usize) -> Option<usize> {
    let n = s[i..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
    let plain = ((13..=19).contains(&n)).then_some(i + n);
    let end = plain
        .or_else(|| pattern(s, i, "#### #### #### ####"))
        .or_else(|| pattern(s, i, "####-####-####-####"))?;
    let ds: Vec<u8> = s[i..end].iter().copied().filter(u8::is_ascii_digit).collect();
    (clean_edges(s, i, end) && luhn(&ds)).then_some(end)
}

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && luhn(digits.as_bytes())
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let matchers: [(fn(&[u8], usize) -> Option<usize>, &str); 4] =
        [(try_email, EMAIL), (try_ssn, SSN), (try_phone, PHONE), (try_card, CARD)];
    let mut out = String::new();
    let (mut i, mut kept) = (0, 0);
    while i < s.len() {
        match matchers.iter().find_map(|(m, tag)| m(s, i).map(|e| (e, *tag))) {
            Some((end, tag)) => {
                out += &line[kept..i];
                out += tag;
                kept = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out += &line[kept..];
    out
}
