// learner: optimal
// idiom: verilog: precompute lookahead tables in one right-to-left pass (like a carry chain): local-run end and digit-run length per byte, domain end per '@'; then a left-to-right pass reads them in O(1)
// why: every table is filled in O(n) with O(n) words (within the O(n) space target); the scan then spends O(1) table reads or a <= 19-byte window per position: O(n) time; luhn is one pass, O(1)
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

const NO: u32 = u32::MAX;

fn luhn_digits<I: Iterator<Item = u8>>(rev_digits: I) -> bool {
    let mut sum = 0u32;
    let mut odd = true;
    let mut any = false;
    for c in rev_digits {
        if !c.is_ascii_digit() {
            return false;
        }
        any = true;
        let v = (c - b'0') as u32;
        sum += if odd { v } else if v > 4 { 2 * v - 9 } else { 2 * v };
        odd = !odd;
    }
    any && sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
pub fn luhn_valid(digits: &str) -> bool {
    luhn_digits(digits.bytes().rev())
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-".contains(&b)
}

fn is_dom(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

struct Tables {
    local_end: Vec<u32>, // end of the local-part run starting here
    dig_run: Vec<u8>,    // digits in a row from here, saturating at 20
    mail_end: Vec<u32>,  // for an '@' at k: end of a valid domain after it, else NO
}

fn build(s: &[u8]) -> Tables {
    let n = s.len();
    let mut local_end = vec![0u32; n + 1];
    let mut dig_run = vec![0u8; n + 1];
    let mut dom_end = vec![0u32; n + 1]; // end of the domain-byte run from here
    local_end[n] = n as u32;
    dom_end[n] = n as u32;
    for k in (0..n).rev() {
        let b = s[k];
        local_end[k] = if is_local(b) { local_end[k + 1] } else { k as u32 };
        dom_end[k] = if is_dom(b) { dom_end[k + 1] } else { k as u32 };
        dig_run[k] = if b.is_ascii_digit() { (dig_run[k + 1] + 1).min(20) } else { 0 };
    }
    let mut mail_end = vec![NO; n];
    for k in 0..n {
        if s[k] != b'@' {
            continue;
        }
        let ds = k + 1;
        let mut de = dom_end[ds] as usize;
        while de > ds && s[de - 1] == b'.' {
            de -= 1;
        }
        if de == ds || !s[ds].is_ascii_alphanumeric() {
            continue;
        }
        // trailing letters, then a dot
        let mut t = de;
        while t > ds && s[t - 1].is_ascii_alphabetic() {
            t -= 1;
        }
        if de - t >= 2 && t > ds && s[t - 1] == b'.' {
            mail_end[k] = de as u32;
        }
    }
    Tables { local_end, dig_run, mail_end }
}

fn word(s: &[u8], k: usize) -> bool {
    k < s.len() && s[k].is_ascii_alphanumeric()
}

/// Matches `shape` at `p`: '9' is any digit, '?' is the `sep` byte, everything else literal.
fn shape(s: &[u8], p: usize, pat: &[u8], sep: u8) -> Option<usize> {
    if p + pat.len() > s.len() {
        return None;
    }
    for (k, &want) in pat.iter().enumerate() {
        let got = s[p + k];
        let ok = match want {
            b'9' => got.is_ascii_digit(),
            b'?' => got == sep,
            w => got == w,
        };
        if !ok {
            return None;
        }
    }
    let e = p + pat.len();
    if word(s, e) {
        None
    } else {
        Some(e)
    }
}

fn find_phone(s: &[u8], i: usize) -> Option<usize> {
    // optional "+1 " / "+1-" prefix, then the body
    let mut p = i;
    if s[i] == b'+' && i + 2 < s.len() && s[i + 1] == b'1' && (s[i + 2] == b' ' || s[i + 2] == b'-') {
        p = i + 3;
    }
    for sep in [b'-', b'.', b' '] {
        if let Some(e) = shape(s, p, b"999?999?9999", sep) {
            return Some(e);
        }
    }
    shape(s, p, b"(999) 999-9999", 0)
}

fn find_card(s: &[u8], i: usize, t: &Tables) -> Option<usize> {
    let run = t.dig_run[i] as usize;
    if (13..=19).contains(&run) {
        let e = i + run;
        if !word(s, e) && luhn_digits(s[i..e].iter().rev().copied()) {
            return Some(e);
        }
        return None;
    }
    for sep in [b' ', b'-'] {
        if let Some(e) = shape(s, i, b"9999?9999?9999?9999", sep) {
            let ok = luhn_digits(s[i..e].iter().rev().copied().filter(|&c| c != sep));
            return if ok { Some(e) } else { None };
        }
    }
    None
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let t = build(s);
    let mut out = String::with_capacity(n);
    let mut last = 0usize;
    let mut i = 0usize;
    while i < n {
        let mut m: Option<(usize, &str)> = None;
        let le = t.local_end[i] as usize;
        if le > i && le < n && t.mail_end[le] != NO {
            m = Some((t.mail_end[le] as usize, EMAIL));
        }
        if m.is_none() && (i == 0 || !s[i - 1].is_ascii_alphanumeric()) {
            m = shape(s, i, b"999-99-9999", 0)
                .map(|e| (e, SSN))
                .or_else(|| find_phone(s, i).map(|e| (e, PHONE)))
                .or_else(|| find_card(s, i, &t).map(|e| (e, CARD)));
        }
        match m {
            Some((e, tag)) => {
                out.push_str(&line[last..i]);
                out.push_str(tag);
                last = e;
                i = e;
            }
            None => i += 1,
        }
    }
    out.push_str(&line[last..]);
    out
}
