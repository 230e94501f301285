// learner: slow
// idiom: Arduino hobbyist: a first attempt at the template scanner: at every byte, walk the e-mail local part forward again to see if an '@' follows, then try the '#'-templates
// why: scrub is O(n^2) time vs the O(n) target: the e-mail local-part run is re-read from every start position inside it, so one long session token (no '@') costs n + (n-1) + ... reads
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

const SSN_TPL: &[u8] = b"###-##-####";
const PHONE_TPLS: [&[u8]; 12] = [
    b"###-###-####",
    b"###.###.####",
    b"### ### ####",
    b"(###) ###-####",
    b"+1 ###-###-####",
    b"+1 ###.###.####",
    b"+1 ### ### ####",
    b"+1 (###) ###-####",
    b"+1-###-###-####",
    b"+1-###.###.####",
    b"+1-### ### ####",
    b"+1-(###) ###-####",
];
const CARD_TPLS: [&[u8]; 2] = [b"#### #### #### ####", b"####-####-####-####"];

fn is_digit(c: u8) -> bool {
    c >= b'0' && c <= b'9'
}

fn is_alnum(c: u8) -> bool {
    is_digit(c) || (c >= b'a' && c <= b'z') || (c >= b'A' && c <= b'Z')
}

// true if buf[at..] starts with the template
fn fits(buf: &[u8], at: usize, tpl: &[u8]) -> bool {
    if at + tpl.len() > buf.len() {
        return false;
    }
    for k in 0..tpl.len() {
        let c = buf[at + k];
        if tpl[k] == b'#' {
            if !is_digit(c) {
                return false;
            }
        } else if c != tpl[k] {
            return false;
        }
    }
    true
}

// nothing alphanumeric right before `start` or right at `end`
fn standalone(buf: &[u8], start: usize, end: usize) -> bool {
    if start > 0 && is_alnum(buf[start - 1]) {
        return false;
    }
    if end < buf.len() && is_alnum(buf[end]) {
        return false;
    }
    true
}

fn luhn_bytes(buf: &[u8]) -> bool {
    let mut sum = 0u32;
    let mut dbl = false;
    let mut i = buf.len();
    while i > 0 {
        i -= 1;
        let c = buf[i];
        if !is_digit(c) {
            continue; // skip the spaces/dashes of a grouped card
        }
        let mut d = (c - b'0') as u32;
        if dbl {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        dbl = !dbl;
    }
    sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    let buf = digits.as_bytes();
    if buf.is_empty() {
        return false;
    }
    for &c in buf {
        if !is_digit(c) {
            return false;
        }
    }
    luhn_bytes(buf)
}

fn is_local(c: u8) -> bool {
    is_alnum(c) || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

fn is_domain(c: u8) -> bool {
    is_alnum(c) || c == b'.' || c == b'-'
}

// end of a valid domain starting at `at`, or 0 if there is none
fn domain_end(buf: &[u8], at: usize) -> usize {
    let mut end = at;
    while end < buf.len() && is_domain(buf[end]) {
        end += 1;
    }
    while end > at && buf[end - 1] == b'.' {
        end -= 1;
    }
    if end == at || !is_alnum(buf[at]) {
        return 0;
    }
    let mut last_dot = 0;
    let mut has_dot = false;
    for k in at..end {
        if buf[k] == b'.' {
            last_dot = k;
            has_dot = true;
        }
    }
    if !has_dot || end - last_dot - 1 < 2 {
        return 0;
    }
    for k in last_dot + 1..end {
        let c = buf[k];
        if !((c >= b'a' && c <= b'z') || (c >= b'A' && c <= b'Z')) {
            return 0;
        }
    }
    end
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let buf = line.as_bytes();
    let n = buf.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        // 1. e-mail
        let mut j = i;
        while j < n && is_local(buf[j]) {
            j += 1;
        }
        if j > i && j < n && buf[j] == b'@' {
            let end = domain_end(buf, j + 1);
            if end > 0 {
                out.extend_from_slice(EMAIL.as_bytes());
                i = end;
                continue;
            }
        }
        // 2. SSN
        if fits(buf, i, SSN_TPL) && standalone(buf, i, i + SSN_TPL.len()) {
            out.extend_from_slice(SSN.as_bytes());
            i += SSN_TPL.len();
            continue;
        }
        // 3. phone
        let mut phone_len = 0;
        for tpl in PHONE_TPLS.iter() {
            if fits(buf, i, tpl) && standalone(buf, i, i + tpl.len()) {
                phone_len = tpl.len();
                break;
            }
        }
        if phone_len > 0 {
            out.extend_from_slice(PHONE.as_bytes());
            i += phone_len;
            continue;
        }
        // 4. card
        let mut card_len = 0;
        let mut run = 0;
        while run < 20 && i + run < n && is_digit(buf[i + run]) {
            run += 1;
        }
        if run >= 13 && run <= 19 {
            card_len = run;
        } else {
            for tpl in CARD_TPLS.iter() {
                if fits(buf, i, tpl) {
                    card_len = tpl.len();
                    break;
                }
            }
        }
        if card_len > 0 && standalone(buf, i, i + card_len) && luhn_bytes(&buf[i..i + card_len]) {
            out.extend_from_slice(CARD.as_bytes());
            i += card_len;
            continue;
        }
        // nothing: copy one byte
        out.push(buf[i]);
        i += 1;
    }
    String::from_utf8(out).expect("only ASCII was replaced")
}
