//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Shapes of the fixed-format matches: `d` stands for one ASCII digit, every other byte for itself.
const SSN_SHAPE: &[u8] = b"ddd-dd-dddd";
const PHONE_SHAPES: [&[u8]; 12] = [
    b"ddd-ddd-dddd",
    b"ddd.ddd.dddd",
    b"ddd ddd dddd",
    b"(ddd) ddd-dddd",
    b"+1 ddd-ddd-dddd",
    b"+1 ddd.ddd.dddd",
    b"+1 ddd ddd dddd",
    b"+1 (ddd) ddd-dddd",
    b"+1-ddd-ddd-dddd",
    b"+1-ddd.ddd.dddd",
    b"+1-ddd ddd dddd",
    b"+1-(ddd) ddd-dddd",
];
const GROUPED_CARD_SHAPES: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    if bytes.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (k, &c) in bytes.iter().rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = u32::from(c - b'0');
        if k % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    let remainder = sum % 10;
    remainder == 0
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers
/// by `[EMAIL]`, `[SSN]`, `[PHONE]` and `[CARD]`. One left-to-right pass: O(n) in the line length.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut copied_to = 0; // line[copied_to..i] is waiting to be copied verbatim
    let mut no_email_before = 0; // an e-mail cannot start before this index
    let mut i = 0;
    while i < b.len() {
        let mut found = None;
        if i >= no_email_before && is_local(b[i]) {
            match email_at(b, i) {
                Ok(end) => found = Some((end, EMAIL)),
                // Every start inside this local-part run reaches the same end, and fails alike.
                Err(run_end) => no_email_before = run_end,
            }
        }
        if found.is_none() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
            found = shape_at(b, i, SSN_SHAPE)
                .map(|end| (end, SSN))
                .or_else(|| PHONE_SHAPES.iter().find_map(|s| shape_at(b, i, s)).map(|end| (end, PHONE)))
                .or_else(|| card_at(b, i).map(|end| (end, CARD)));
        }
        match found {
            Some((end, token)) => {
                out.push_str(&line[copied_to..i]);
                out.push_str(token);
                i = end;
                copied_to = end;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[copied_to..]);
    out
}

fn is_local(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_domain(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

/// Tries an e-mail starting at `i` (where `b[i]` is a local-part byte).
/// `Ok(end)` on a match; `Err(run_end)` with the end of the local-part run otherwise.
fn email_at(b: &[u8], i: usize) -> Result<usize, usize> {
    let mut at = i;
    while at < b.len() && is_local(b[at]) {
        at += 1;
    }
    if at == b.len() || b[at] != b'@' {
        return Err(at);
    }
    let mut end = at + 1;
    while end < b.len() && is_domain(b[end]) {
        end += 1;
    }
    while end > at + 1 && b[end - 1] == b'.' {
        end -= 1;
    }
    if valid_domain(&b[at + 1..end]) {
        Ok(end)
    } else {
        Err(at)
    }
}

/// Starts with a letter or digit, has a dot, and its last label is two or more ASCII letters.
fn valid_domain(d: &[u8]) -> bool {
    let Some(&first) = d.first() else { return false };
    if !first.is_ascii_alphanumeric() {
        return false;
    }
    let mut last_dot = None;
    for (k, &c) in d.iter().enumerate() {
        if c == b'.' {
            last_dot = Some(k);
        }
    }
    match last_dot {
        Some(k) => d.len() - k > 2 && d[k + 1..].iter().all(u8::is_ascii_alphabetic),
        None => false,
    }
}

/// Matches a fixed shape at `i`, followed by the end of the line or a byte that is not an ASCII
/// letter or digit. Returns the end index. O(shape length).
fn shape_at(b: &[u8], i: usize, shape: &[u8]) -> Option<usize> {
    let end = i + shape.len();
    if end > b.len() {
        return None;
    }
    for (&c, &s) in b[i..end].iter().zip(shape) {
        let ok = if s == b'd' { c.is_ascii_digit() } else { c == s };
        if !ok {
            return None;
        }
    }
    right_boundary(b, end).then_some(end)
}

fn right_boundary(b: &[u8], end: usize) -> bool {
    end == b.len() || !b[end].is_ascii_alphanumeric()
}

/// 13 to 19 digits in a row, or four groups of four separated by the same ' ' or '-',
/// with a valid Luhn checksum.
fn card_at(b: &[u8], i: usize) -> Option<usize> {
    let mut digits = [0u8; 19];
    let mut len = 0;
    let mut end = i;
    // Look at most 20 digits ahead: a 20th digit already rules the run out.
    while end < b.len() && end - i < 20 && b[end].is_ascii_digit() {
        if len < digits.len() {
            digits[len] = b[end];
            len += 1;
        }
        end += 1;
    }
    let run = end - i;
    let end = if (13..=19).contains(&run) && right_boundary(b, end) {
        end
    } else {
        let end = GROUPED_CARD_SHAPES.iter().find_map(|s| shape_at(b, i, s))?;
        // Copy the 16 digits into the buffer, skipping the separators.
        len = 0;
        for (slot, &c) in digits.iter_mut().zip(b[i..end].iter().filter(|c| c.is_ascii_digit())) {
            *slot = c;
            len += 1;
        }
        end
    };
    let text = std::str::from_utf8(&digits[..len]).ok()?;
    luhn_valid(text).then_some(end)
}
