// learner: slow
// why: scrub is O(n^2) time, target O(n): the e-mail local-part run is re-read from every start position inside a long token (no skip-ahead memo)
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    let count = b.len();
    if count == 0 {
        return false;
    }
    let mut total: u32 = 0;
    let mut position_from_right: usize = 0;
    let mut idx: usize = count;
    while idx > 0 {
        idx = idx - 1;
        let ch = b[idx];
        if ch < b'0' || ch > b'9' {
            return false;
        }
        let mut value: u32 = (ch - b'0') as u32;
        if position_from_right % 2 == 1 {
            value = value * 2;
            if value > 9 {
                value = value - 9;
            }
        }
        total = total + value;
        position_from_right = position_from_right + 1;
    }
    total % 10 == 0
}

fn is_dig(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i] >= b'0' && b[i] <= b'9'
}

fn is_alnum_at(b: &[u8], i: usize) -> bool {
    i < b.len() && b[i].is_ascii_alphanumeric()
}

fn is_char(b: &[u8], i: usize, c: u8) -> bool {
    i < b.len() && b[i] == c
}

/// true when b[i..i+n] are all digits
fn digits_at(b: &[u8], i: usize, n: usize) -> bool {
    let mut k = 0;
    while k < n {
        if !is_dig(b, i + k) {
            return false;
        }
        k = k + 1;
    }
    true
}

/// Each position is checked on its own, like a worksheet cell.
pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut i: usize = 0;

    while i < n {
        let mut match_end: usize = 0;
        let mut tag: &str = "";

        // ---------- 1. e-mail ----------
        {
            let mut j = i;
            while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'.' || b[j] == b'_' || b[j] == b'%' || b[j] == b'+' || b[j] == b'-') {
                j = j + 1;
            }
            if j > i {
                let mut email_ok = false;
                let mut dom_end = 0;
                if j < n && b[j] == b'@' {
                    let dom_start = j + 1;
                    let mut k = dom_start;
                    while k < n && (b[k].is_ascii_alphanumeric() || b[k] == b'.' || b[k] == b'-') {
                        k = k + 1;
                    }
                    while k > dom_start && b[k - 1] == b'.' {
                        k = k - 1;
                    }
                    if k > dom_start && b[dom_start].is_ascii_alphanumeric() {
                        // find last dot
                        let mut last_dot: usize = usize::MAX;
                        let mut p = dom_start;
                        while p < k {
                            if b[p] == b'.' {
                                last_dot = p;
                            }
                            p = p + 1;
                        }
                        if last_dot != usize::MAX {
                            let label_len = k - (last_dot + 1);
                            let mut all_letters = true;
                            let mut q = last_dot + 1;
                            while q < k {
                                if !b[q].is_ascii_alphabetic() {
                                    all_letters = false;
                                }
                                q = q + 1;
                            }
                            if label_len >= 2 && all_letters {
                                email_ok = true;
                                dom_end = k;
                            }
                        }
                    }
                }
                if email_ok {
                    match_end = dom_end;
                    tag = EMAIL;
                }
            }
        }

        let left_free = i == 0 || !b[i - 1].is_ascii_alphanumeric();

        // ---------- 2. SSN ddd-dd-dddd ----------
        if tag == "" && left_free {
            if digits_at(b, i, 3) && is_char(b, i + 3, b'-') && digits_at(b, i + 4, 2) && is_char(b, i + 6, b'-') && digits_at(b, i + 7, 4) && !is_alnum_at(b, i + 11) {
                match_end = i + 11;
                tag = SSN;
            }
        }

        // ---------- 3. phone ----------
        if tag == "" && left_free {
            let mut body_starts: Vec<usize> = Vec::new();
            if is_char(b, i, b'+') && is_char(b, i + 1, b'1') && (is_char(b, i + 2, b' ') || is_char(b, i + 2, b'-')) {
                body_starts.push(i + 3);
            }
            body_starts.push(i);
            let mut s_idx = 0;
            while s_idx < body_starts.len() && tag == "" {
                let s = body_starts[s_idx];
                // ddd?ddd?dddd with the same separator - . or space
                if digits_at(b, s, 3) && digits_at(b, s + 4, 3) && digits_at(b, s + 8, 4) && !is_alnum_at(b, s + 12) {
                    let sep1 = b[s + 3];
                    let sep2 = b[s + 7];
                    if sep1 == sep2 && (sep1 == b'-' || sep1 == b'.' || sep1 == b' ') {
                        match_end = s + 12;
                        tag = PHONE;
                    }
                }
                // (ddd) ddd-dddd
                if tag == "" && is_char(b, s, b'(') && digits_at(b, s + 1, 3) && is_char(b, s + 4, b')') && is_char(b, s + 5, b' ') && digits_at(b, s + 6, 3) && is_char(b, s + 9, b'-') && digits_at(b, s + 10, 4) && !is_alnum_at(b, s + 14) {
                    match_end = s + 14;
                    tag = PHONE;
                }
                s_idx = s_idx + 1;
            }
        }

        // ---------- 4. card ----------
        if tag == "" && left_free {
            let mut run = 0;
            while run < 20 && is_dig(b, i + run) {
                run = run + 1;
            }
            if run >= 13 && run <= 19 && !is_alnum_at(b, i + run) {
                let digits_str = &line[i..i + run];
                if luhn_valid(digits_str) {
                    match_end = i + run;
                    tag = CARD;
                }
            }
            if tag == "" && run == 4 && i + 19 <= n {
                let sep = b[i + 4];
                if (sep == b' ' || sep == b'-') && is_char(b, i + 9, sep) && is_char(b, i + 14, sep) && digits_at(b, i + 5, 4) && digits_at(b, i + 10, 4) && digits_at(b, i + 15, 4) && !is_alnum_at(b, i + 19) {
                    let mut just_digits = String::new();
                    let mut g = 0;
                    while g < 4 {
                        just_digits.push_str(&line[i + g * 5..i + g * 5 + 4]);
                        g = g + 1;
                    }
                    if luhn_valid(&just_digits) {
                        match_end = i + 19;
                        tag = CARD;
                    }
                }
            }
        }

        if tag != "" {
            out.extend_from_slice(tag.as_bytes());
            i = match_end;
        } else {
            out.push(b[i]);
            i = i + 1;
        }
    }

    String::from_utf8(out).expect("only whole ASCII matches were replaced")
}
