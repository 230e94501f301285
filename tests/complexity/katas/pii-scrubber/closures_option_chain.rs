// learner: optimal
// idiom: closures capturing the byte slice, Option chaining (.or_else/.filter/.map) to pick the first matching shape, skip_email_until memo
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

fn luhn_of<I: DoubleEndedIterator<Item = u8>>(digits: I) -> bool {
    let (sum, count) = digits.rev().enumerate().fold((0u32, 0usize), |(sum, _), (idx, d)| {
        let v = (d - b'0') as u32;
        let v = if idx % 2 == 1 { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v };
        (sum + v, idx + 1)
    });
    count > 0 && sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && luhn_of(digits.bytes())
}

const PHONE_BODIES: [&str; 4] = ["###-###-####", "###.###.####", "### ### ####", "(###) ###-####"];
const CARD_GROUPS: [&str; 2] = ["#### #### #### ####", "####-####-####-####"];

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let bytes = line.as_bytes();
    let len = bytes.len();

    let at = |i: usize| bytes.get(i).copied();
    let is_word = |i: usize| at(i).map_or(false, |b| b.is_ascii_alphanumeric());
    let free_left = |i: usize| i == 0 || !is_word(i - 1);
    let bounded = |start: usize, end: usize| free_left(start) && !is_word(end);

    // matches a '#'-pattern at i, returns the end
    let shape = |i: usize, pat: &str| -> Option<usize> {
        let ok = pat.bytes().enumerate().all(|(k, p)| {
            at(i + k).map_or(false, |b| if p == b'#' { b.is_ascii_digit() } else { b == p })
        });
        if ok { Some(i + pat.len()) } else { None }
    };

    let is_local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let is_domain = |b: u8| b.is_ascii_alphanumeric() || b == b'.' || b == b'-';

    // Ok(end) on a match, Err(end of the local run) otherwise
    let email = |i: usize| -> Result<usize, usize> {
        let run_end = (i..len).find(|&j| !is_local(bytes[j])).unwrap_or(len);
        if run_end == i || at(run_end) != Some(b'@') {
            return Err(run_end);
        }
        let d0 = run_end + 1;
        let mut d1 = (d0..len).find(|&k| !is_domain(bytes[k])).unwrap_or(len);
        while d1 > d0 && bytes[d1 - 1] == b'.' {
            d1 -= 1;
        }
        let dom = &bytes[d0..d1];
        let good = dom.first().map_or(false, |b| b.is_ascii_alphanumeric())
            && dom
                .iter()
                .rposition(|&b| b == b'.')
                .map(|dot| &dom[dot + 1..])
                .map_or(false, |tld| tld.len() >= 2 && tld.iter().all(|b| b.is_ascii_alphabetic()));
        if good { Ok(d1) } else { Err(run_end) }
    };

    let ssn = |i: usize| shape(i, "###-##-####").filter(|&e| bounded(i, e));

    let phone = |i: usize| {
        let body_at = |j: usize| PHONE_BODIES.iter().find_map(|p| shape(j, p));
        let with_prefix = ["+1 ", "+1-"]
            .iter()
            .find_map(|pre| shape(i, pre).and_then(body_at));
        with_prefix.or_else(|| body_at(i)).filter(|&e| bounded(i, e))
    };

    let card = |i: usize| {
        if !free_left(i) {
            return None; // inside a run of digits: no card can start here
        }
        let grouped = CARD_GROUPS
            .iter()
            .find_map(|p| shape(i, p))
            .filter(|&e| !is_word(e) && luhn_of(bytes[i..e].iter().copied().filter(|b| b.is_ascii_digit())));
        grouped.or_else(|| {
            let run = (i..len.min(i + 20)).take_while(|&j| bytes[j].is_ascii_digit()).count();
            Some(i + run)
                .filter(|_| (13..=19).contains(&run))
                .filter(|&e| !is_word(e) && luhn_of(bytes[i..e].iter().copied()))
        })
    };

    let mut out = String::with_capacity(len);
    let mut kept_from = 0;
    let mut skip_email_until = 0;
    let mut i = 0;
    while i < len {
        let email_hit = if i >= skip_email_until {
            email(i).map_err(|run_end| skip_email_until = run_end.max(i + 1)).ok()
        } else {
            None
        };
        let found = email_hit
            .map(|e| (e, EMAIL))
            .or_else(|| ssn(i).map(|e| (e, SSN)))
            .or_else(|| phone(i).map(|e| (e, PHONE)))
            .or_else(|| card(i).map(|e| (e, CARD)));
        if let Some((end, tag)) = found {
            out += &line[kept_from..i];
            out += tag;
            kept_from = end;
            i = end;
        } else {
            i += 1;
        }
    }
    out += &line[kept_from..];
    out
}
