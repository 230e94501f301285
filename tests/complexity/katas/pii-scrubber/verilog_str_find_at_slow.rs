// learner: slow
// idiom: verilog: at every ASCII position look ahead with str::find('@') to see if an e-mail could start here; Luhn buffers the digits in a Vec first
// why: misses scrub O(n): on a line with no '@' each find runs to the end of the line, O(n^2); also misses luhn_valid O(1) space (Vec of all digits)
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
    let mut vals: Vec<u32> = Vec::new();
    for c in digits.chars() {
        if !c.is_ascii_digit() {
            return false;
        }
        vals.push(c as u32 - '0' as u32);
    }
    if vals.is_empty() {
        return false;
    }
    vals.reverse();
    let mut sum = 0;
    for k in 0..vals.len() {
        let mut d = vals[k];
        if k & 1 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

fn local_ok(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'%' || b == b'+' || b == b'-'
}

fn email_here(line: &str, i: usize) -> Option<usize> {
    let s = line.as_bytes();
    if !local_ok(s[i]) {
        return None;
    }
    // where is the next '@'? everything between must be local-part bytes
    let at = i + line[i..].find('@')?;
    for k in i..at {
        if !local_ok(s[k]) {
            return None;
        }
    }
    let ds = at + 1;
    let mut de = ds;
    while de < s.len() && (s[de].is_ascii_alphanumeric() || s[de] == b'.' || s[de] == b'-') {
        de += 1;
    }
    while de > ds && s[de - 1] == b'.' {
        de -= 1;
    }
    if de == ds || !s[ds].is_ascii_alphanumeric() {
        return None;
    }
    let dom = &s[ds..de];
    let mut dot = None;
    for k in 0..dom.len() {
        if dom[k] == b'.' {
            dot = Some(k);
        }
    }
    let d = dot?;
    let tld = &dom[d + 1..];
    if tld.len() >= 2 && tld.iter().all(|c| c.is_ascii_alphabetic()) {
        Some(de)
    } else {
        None
    }
}

fn glued(s: &[u8], k: usize) -> bool {
    k < s.len() && s[k].is_ascii_alphanumeric()
}

/// 'n' = digit, anything else literal
fn fits(s: &[u8], p: usize, pat: &str) -> Option<usize> {
    let pb = pat.as_bytes();
    if p + pb.len() > s.len() {
        return None;
    }
    for k in 0..pb.len() {
        let c = s[p + k];
        if pb[k] == b'n' {
            if !c.is_ascii_digit() {
                return None;
            }
        } else if c != pb[k] {
            return None;
        }
    }
    if glued(s, p + pb.len()) {
        None
    } else {
        Some(p + pb.len())
    }
}

fn phone_here(s: &[u8], i: usize) -> Option<usize> {
    for pre in ["", "+1 ", "+1-"] {
        let p = if pre.is_empty() {
            i
        } else {
            match fits_prefix(s, i, pre) {
                Some(p) => p,
                None => continue,
            }
        };
        for body in ["nnn-nnn-nnnn", "nnn.nnn.nnnn", "nnn nnn nnnn", "(nnn) nnn-nnnn"] {
            if let Some(e) = fits(s, p, body) {
                return Some(e);
            }
        }
    }
    None
}

fn fits_prefix(s: &[u8], i: usize, pre: &str) -> Option<usize> {
    let pb = pre.as_bytes();
    if i + pb.len() <= s.len() && &s[i..i + pb.len()] == pb {
        Some(i + pb.len())
    } else {
        None
    }
}

fn card_here(line: &str, i: usize) -> Option<usize> {
    let s = line.as_bytes();
    let mut j = i;
    while j < s.len() && j - i < 20 && s[j].is_ascii_digit() {
        j += 1;
    }
    if (13..=19).contains(&(j - i)) && !glued(s, j) && luhn_valid(&line[i..j]) {
        return Some(j);
    }
    for sep in [' ', '-'] {
        let pat: String = ["nnnn"; 4].join(&sep.to_string());
        if let Some(e) = fits(s, i, &pat) {
            let digits: String = line[i..e].chars().filter(|c| *c != sep).collect();
            if luhn_valid(&digits) {
                return Some(e);
            }
        }
    }
    None
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let mut hit = email_here(line, i).map(|e| (e, EMAIL));
        if hit.is_none() && (i == 0 || !s[i - 1].is_ascii_alphanumeric()) {
            hit = fits(s, i, "nnn-nn-nnnn")
                .map(|e| (e, SSN))
                .or_else(|| phone_here(s, i).map(|e| (e, PHONE)))
                .or_else(|| card_here(line, i).map(|e| (e, CARD)));
        }
        match hit {
            Some((e, tag)) => {
                out += &line[start..i];
                out += tag;
                start = e;
                i = e;
            }
            None => i += 1,
        }
    }
    out += &line[start..];
    out
}
