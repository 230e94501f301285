// learner: slow
// why: scrub is O(n^2) time, target O(n): the output is rebuilt with format!("{out}{piece}") for every kept byte run and replacement, copying everything written so far each time
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

fn luhn_ok(bytes: &[u8]) -> bool {
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let total: u32 = bytes
        .iter()
        .rev()
        .zip([false, true].iter().cycle())
        .map(|(&b, &double)| {
            let d = u32::from(b - b'0');
            match (double, d * 2) {
                (false, _) => d,
                (true, x) if x > 9 => x - 9,
                (true, x) => x,
            }
        })
        .sum();
    total % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
///
/// From the rightmost digit leftwards, double every second digit (subtracting 9 when the double
/// exceeds 9); the number is valid when the sum of all digits is a multiple of 10.
pub fn luhn_valid(digits: &str) -> bool {
    luhn_ok(digits.as_bytes())
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by [`EMAIL`], [`SSN`], [`PHONE`] and [`CARD`] (see README.md for the exact shapes).
///
/// Scan left to right; at each position try an e-mail, then an SSN, a phone number and a card
/// number. Must be O(n) in the length of the line, with hand-written scanning (std only).
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();

    let alnum_at = |k: usize| k < n && s[k].is_ascii_alphanumeric();
    let free_edges = |a: usize, b: usize| (a == 0 || !alnum_at(a - 1)) && !alnum_at(b);
    let digits = |a: usize, len: usize| a + len <= n && s[a..a + len].iter().all(u8::is_ascii_digit);
    let byte_is = |k: usize, want: u8| k < n && s[k] == want;

    let email = |i: usize| -> Result<usize, usize> {
        let local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
        let mut j = i;
        while j < n && local(s[j]) {
            j += 1;
        }
        if j == i || !byte_is(j, b'@') {
            return Err(j);
        }
        let start = j + 1;
        let mut end = start;
        while end < n && (s[end].is_ascii_alphanumeric() || s[end] == b'.' || s[end] == b'-') {
            end += 1;
        }
        while end > start && s[end - 1] == b'.' {
            end -= 1;
        }
        let domain = &s[start..end];
        let starts_well = domain.first().map_or(false, u8::is_ascii_alphanumeric);
        let tld_ok = match domain.iter().rposition(|&b| b == b'.') {
            Some(dot) => {
                let tld = &domain[dot + 1..];
                tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)
            }
            None => false,
        };
        if starts_well && tld_ok { Ok(end) } else { Err(j) }
    };

    let ssn = |i: usize| {
        let ok = digits(i, 3) && byte_is(i + 3, b'-') && digits(i + 4, 2) && byte_is(i + 6, b'-') && digits(i + 7, 4);
        (ok && free_edges(i, i + 11)).then_some(i + 11)
    };

    let phone = |i: usize| {
        let body = if byte_is(i, b'+') && byte_is(i + 1, b'1') && (byte_is(i + 2, b' ') || byte_is(i + 2, b'-')) {
            i + 3
        } else {
            i
        };
        let end = if byte_is(body, b'(') {
            let ok = digits(body + 1, 3)
                && byte_is(body + 4, b')')
                && byte_is(body + 5, b' ')
                && digits(body + 6, 3)
                && byte_is(body + 9, b'-')
                && digits(body + 10, 4);
            ok.then_some(body + 14)
        } else {
            let sep = if body + 3 < n { s[body + 3] } else { 0 };
            let ok = (sep == b'-' || sep == b'.' || sep == b' ')
                && digits(body, 3)
                && digits(body + 4, 3)
                && byte_is(body + 7, sep)
                && digits(body + 8, 4);
            ok.then_some(body + 12)
        };
        end.filter(|&e| free_edges(i, e))
    };

    let card = |i: usize| {
        if i > 0 && alnum_at(i - 1) {
            return None;
        }
        let sep = if i + 4 < n { s[i + 4] } else { 0 };
        if sep == b' ' || sep == b'-' {
            let ok = digits(i, 4)
                && digits(i + 5, 4)
                && byte_is(i + 9, sep)
                && digits(i + 10, 4)
                && byte_is(i + 14, sep)
                && digits(i + 15, 4)
                && !alnum_at(i + 19);
            if !ok {
                return None;
            }
            let mut sixteen = [0u8; 16];
            for g in 0..4 {
                sixteen[4 * g..4 * g + 4].copy_from_slice(&s[i + 5 * g..i + 5 * g + 4]);
            }
            return luhn_ok(&sixteen).then_some(i + 19);
        }
        let mut run = 0;
        while run < 20 && i + run < n && s[i + run].is_ascii_digit() {
            run += 1;
        }
        let ok = (13..=19).contains(&run) && !alnum_at(i + run) && luhn_ok(&s[i..i + run]);
        ok.then_some(i + run)
    };

    let mut out = String::with_capacity(n);
    let mut emitted = 0;
    let mut email_dead_until = 0;
    let mut i = 0;
    while i < n {
        let email_hit = if i >= email_dead_until {
            match email(i) {
                Ok(end) => Some(end),
                Err(run_end) => {
                    email_dead_until = run_end.max(i + 1);
                    None
                }
            }
        } else {
            None
        };
        let hit = email_hit
            .map(|e| (e, EMAIL))
            .or_else(|| ssn(i).map(|e| (e, SSN)))
            .or_else(|| phone(i).map(|e| (e, PHONE)))
            .or_else(|| card(i).map(|e| (e, CARD)));
        if let Some((end, label)) = hit {
            out = format!("{}{}{}", out, &line[emitted..i], label);
            emitted = end;
            i = end;
        } else {
            i += 1;
            if line.is_char_boundary(i) {
                out = format!("{}{}", out, &line[emitted..i]);
                emitted = i;
            }
        }
    }
    out = format!("{}{}", out, &line[emitted..]);
    out
}
