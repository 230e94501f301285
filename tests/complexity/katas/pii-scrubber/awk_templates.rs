// learner: optimal
// idiom: awk-style single while loop over bytes, shapes as template strings ("ddd-dd-dddd"), early continues, memo of where the last local-part run ended
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    let mut pos = 0;
    for b in digits.bytes().rev() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = (b - b'0') as u32;
        if pos % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        pos += 1;
    }
    sum % 10 == 0
}

// 'd' = one ASCII digit, anything else must match literally
fn fits(s: &[u8], at: usize, tpl: &str) -> bool {
    let t = tpl.as_bytes();
    if at + t.len() > s.len() {
        return false;
    }
    for k in 0..t.len() {
        let c = s[at + k];
        if t[k] == b'd' {
            if !c.is_ascii_digit() {
                return false;
            }
        } else if c != t[k] {
            return false;
        }
    }
    true
}

fn free_after(s: &[u8], end: usize) -> bool {
    end >= s.len() || !s[end].is_ascii_alphanumeric()
}

fn luhn_bytes(s: &[u8], from: usize, to: usize) -> bool {
    let mut sum = 0u32;
    let mut nth = 0;
    let mut k = to;
    while k > from {
        k -= 1;
        let c = s[k];
        if !c.is_ascii_digit() {
            continue; // separators in grouped cards
        }
        let mut d = (c - b'0') as u32;
        if nth % 2 == 1 {
            d = if d * 2 > 9 { d * 2 - 9 } else { d * 2 };
        }
        sum += d;
        nth += 1;
    }
    nth > 0 && sum % 10 == 0
}

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let mut out = String::with_capacity(n);
    let mut kept_from = 0; // start of the stretch not yet copied
    let mut no_email_before = 0;
    let mut i = 0;

    let phones = ["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"];
    let groups = ["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd"];

    while i < n {
        let c = s[i];
        if !c.is_ascii() {
            i += 1;
            continue;
        }

        // ---- e-mail
        if i >= no_email_before && local_byte(c) {
            let mut j = i;
            while j < n && local_byte(s[j]) {
                j += 1;
            }
            let mut ok_end = 0;
            if j < n && s[j] == b'@' {
                let d0 = j + 1;
                let mut e = d0;
                while e < n && domain_byte(s[e]) {
                    e += 1;
                }
                while e > d0 && s[e - 1] == b'.' {
                    e -= 1;
                }
                let dom = &s[d0..e];
                if !dom.is_empty() && dom[0].is_ascii_alphanumeric() {
                    let mut last_dot = None;
                    for (k, &b) in dom.iter().enumerate() {
                        if b == b'.' {
                            last_dot = Some(k);
                        }
                    }
                    if let Some(dot) = last_dot {
                        let tld = &dom[dot + 1..];
                        if tld.len() >= 2 && tld.iter().all(|b| b.is_ascii_alphabetic()) {
                            ok_end = e;
                        }
                    }
                }
            }
            if ok_end > 0 {
                out.push_str(&line[kept_from..i]);
                out.push_str(EMAIL);
                i = ok_end;
                kept_from = i;
                continue;
            }
            no_email_before = j;
        }

        // the rest need a free left side
        if i > 0 && s[i - 1].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }

        // ---- ssn
        if fits(s, i, "ddd-dd-dddd") && free_after(s, i + 11) {
            out.push_str(&line[kept_from..i]);
            out.push_str(SSN);
            i += 11;
            kept_from = i;
            continue;
        }

        // ---- phone
        let mut body = i;
        if fits(s, i, "+1 ") || fits(s, i, "+1-") {
            body = i + 3;
        }
        let mut phone_end = 0;
        for start in [body, i] {
            if phone_end > 0 {
                break;
            }
            for tpl in phones {
                if fits(s, start, tpl) && free_after(s, start + tpl.len()) {
                    phone_end = start + tpl.len();
                    break;
                }
            }
            if body == i {
                break;
            }
        }
        if phone_end > 0 {
            out.push_str(&line[kept_from..i]);
            out.push_str(PHONE);
            i = phone_end;
            kept_from = i;
            continue;
        }

        // ---- card, contiguous: read at most 20 digits
        let mut j = i;
        while j < n && j - i < 20 && s[j].is_ascii_digit() {
            j += 1;
        }
        let run = j - i;
        if (13..=19).contains(&run) && free_after(s, j) && luhn_bytes(s, i, j) {
            out.push_str(&line[kept_from..i]);
            out.push_str(CARD);
            i = j;
            kept_from = i;
            continue;
        }
        let mut card_end = 0;
        for tpl in groups {
            if fits(s, i, tpl) && free_after(s, i + tpl.len()) && luhn_bytes(s, i, i + tpl.len()) {
                card_end = i + tpl.len();
                break;
            }
        }
        if card_end > 0 {
            out.push_str(&line[kept_from..i]);
            out.push_str(CARD);
            i = card_end;
            kept_from = i;
            continue;
        }

        i += 1;
    }
    out.push_str(&line[kept_from..]);
    out
}
