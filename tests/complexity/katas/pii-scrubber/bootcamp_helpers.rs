// learner: optimal
// idiom: bootcamp style, one small helper per shape returning Option<match length>, while-loop over byte index, flush unchanged stretches by slicing, comments on every step
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    // Nothing to check: not valid.
    if bytes.is_empty() {
        return false;
    }
    let mut sum: u32 = 0;
    // Walk from the right; every second digit is doubled.
    let mut position_from_right: usize = 0;
    let mut index = bytes.len();
    while index > 0 {
        index -= 1;
        let byte = bytes[index];
        // Only ASCII digits are allowed.
        if !byte.is_ascii_digit() {
            return false;
        }
        let mut value = (byte - b'0') as u32;
        if position_from_right % 2 == 1 {
            value = value * 2;
            if value > 9 {
                value = value - 9;
            }
        }
        sum += value;
        position_from_right += 1;
    }
    sum % 10 == 0
}

/// Is this byte an ASCII letter or digit?
fn is_alnum(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
}

/// The byte before `start` (if any) must not be a letter or digit.
fn left_boundary_ok(bytes: &[u8], start: usize) -> bool {
    if start == 0 {
        return true;
    }
    !is_alnum(bytes[start - 1])
}

/// The byte at `end` (if any) must not be a letter or digit.
fn right_boundary_ok(bytes: &[u8], end: usize) -> bool {
    if end >= bytes.len() {
        return true;
    }
    !is_alnum(bytes[end])
}

/// Does `bytes[at..]` start with `shape`? In the shape, 'd' means "any digit",
/// every other byte must be exactly that byte. Reads at most shape.len() bytes.
fn fits_shape(bytes: &[u8], at: usize, shape: &[u8]) -> bool {
    if at + shape.len() > bytes.len() {
        return false;
    }
    let mut k = 0;
    while k < shape.len() {
        let wanted = shape[k];
        let got = bytes[at + k];
        if wanted == b'd' {
            if !got.is_ascii_digit() {
                return false;
            }
        } else if wanted != got {
            return false;
        }
        k += 1;
    }
    true
}

/// Is this byte allowed in the local part of an e-mail?
fn is_local_byte(byte: u8) -> bool {
    is_alnum(byte) || byte == b'.' || byte == b'_' || byte == b'%' || byte == b'+' || byte == b'-'
}

/// Is this byte allowed in a domain?
fn is_domain_byte(byte: u8) -> bool {
    is_alnum(byte) || byte == b'.' || byte == b'-'
}

/// Tries an e-mail at `start`. Returns Ok(length) on success, or
/// Err(end of the local-part run) on failure, so the caller can skip it.
fn try_email(bytes: &[u8], start: usize) -> Result<usize, usize> {
    // The local part: the longest run of local bytes.
    let mut at = start;
    while at < bytes.len() && is_local_byte(bytes[at]) {
        at += 1;
    }
    let local_end = at;
    // It must not be empty and must be followed by '@'.
    if local_end == start || local_end >= bytes.len() || bytes[local_end] != b'@' {
        return Err(local_end);
    }
    // The domain: the longest run of domain bytes after the '@'.
    let domain_start = local_end + 1;
    let mut domain_end = domain_start;
    while domain_end < bytes.len() && is_domain_byte(bytes[domain_end]) {
        domain_end += 1;
    }
    // Remove trailing dots.
    while domain_end > domain_start && bytes[domain_end - 1] == b'.' {
        domain_end -= 1;
    }
    // The domain must start with a letter or digit.
    if domain_end == domain_start || !is_alnum(bytes[domain_start]) {
        return Err(local_end);
    }
    // Find the last dot: there must be one.
    let mut last_dot: Option<usize> = None;
    let mut k = domain_start;
    while k < domain_end {
        if bytes[k] == b'.' {
            last_dot = Some(k);
        }
        k += 1;
    }
    let dot = match last_dot {
        Some(d) => d,
        None => return Err(local_end),
    };
    // The last label: two or more ASCII letters.
    let label = &bytes[dot + 1..domain_end];
    if label.len() < 2 {
        return Err(local_end);
    }
    for b in label {
        if !b.is_ascii_alphabetic() {
            return Err(local_end);
        }
    }
    Ok(domain_end - start)
}

/// Tries an SSN at `start`.
fn try_ssn(bytes: &[u8], start: usize) -> Option<usize> {
    if fits_shape(bytes, start, b"ddd-dd-dddd") && right_boundary_ok(bytes, start + 11) {
        return Some(11);
    }
    None
}

/// Tries a phone number at `start`.
fn try_phone(bytes: &[u8], start: usize) -> Option<usize> {
    // The optional "+1 " or "+1-" prefix.
    let mut prefix = 0;
    if fits_shape(bytes, start, b"+1 ") || fits_shape(bytes, start, b"+1-") {
        prefix = 3;
    }
    // The four allowed shapes.
    let shapes: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    for shape in shapes.iter() {
        if fits_shape(bytes, start + prefix, shape) {
            let end = start + prefix + shape.len();
            if right_boundary_ok(bytes, end) {
                return Some(end - start);
            }
        }
    }
    None
}

/// Tries a card number at `start`.
fn try_card(bytes: &[u8], start: usize) -> Option<usize> {
    // Grouped form: four groups of four digits, same separator.
    let grouped: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];
    for shape in grouped.iter() {
        if fits_shape(bytes, start, shape) && right_boundary_ok(bytes, start + 19) {
            // Collect the 16 digits (a tiny fixed-size string).
            let mut digits = String::new();
            for b in &bytes[start..start + 19] {
                if b.is_ascii_digit() {
                    digits.push(*b as char);
                }
            }
            if luhn_valid(&digits) {
                return Some(19);
            }
            return None;
        }
    }
    // Contiguous digits: count at most 20 of them, never more.
    let mut count = 0;
    while count < 20 && start + count < bytes.len() && bytes[start + count].is_ascii_digit() {
        count += 1;
    }
    if count < 13 || count > 19 {
        return None;
    }
    if !right_boundary_ok(bytes, start + count) {
        return None;
    }
    // These bytes are ASCII digits, so this slice is valid UTF-8.
    let digits = std::str::from_utf8(&bytes[start..start + count]).unwrap();
    if luhn_valid(digits) {
        Some(count)
    } else {
        None
    }
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    // Everything before `copied_up_to` is already in `out`.
    let mut copied_up_to: usize = 0;
    // E-mails cannot start before this index (a failed local-part run ends here).
    let mut no_email_before: usize = 0;
    let mut i: usize = 0;
    while i < bytes.len() {
        // What to write, and how long the match is.
        let mut found: Option<(&str, usize)> = None;
        // 1. An e-mail (unless we already know it fails here).
        if i >= no_email_before {
            match try_email(bytes, i) {
                Ok(length) => found = Some((EMAIL, length)),
                Err(run_end) => no_email_before = run_end,
            }
        }
        // 2-4. The fixed shapes, which need a clean left boundary.
        if found.is_none() && left_boundary_ok(bytes, i) {
            if let Some(length) = try_ssn(bytes, i) {
                found = Some((SSN, length));
            } else if let Some(length) = try_phone(bytes, i) {
                found = Some((PHONE, length));
            } else if let Some(length) = try_card(bytes, i) {
                found = Some((CARD, length));
            }
        }
        match found {
            Some((replacement, length)) => {
                // Copy the untouched text before the match, then the replacement.
                out.push_str(&line[copied_up_to..i]);
                out.push_str(replacement);
                i += length;
                copied_up_to = i;
            }
            None => {
                // Keep this byte; move on.
                i += 1;
            }
        }
    }
    // The rest of the line is untouched.
    out.push_str(&line[copied_up_to..]);
    out
}
