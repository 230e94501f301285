// learner: optimal
// idiom: one big scrub loop with inline checks, output built as Vec<u8> (extend_from_slice) then String::from_utf8, table of shape templates, luhn over an iterator of digits
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

fn luhn_digits(digits: impl DoubleEndedIterator<Item = u8>) -> bool {
    let mut sum = 0u32;
    let mut count = 0usize;
    for (pos, c) in digits.rev().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        let mut v = (c - b'0') as u32;
        if pos % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
        count += 1;
    }
    count > 0 && sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    luhn_digits(digits.bytes())
}

// '#' = digit, anything else literal
const SSN_SHAPES: [&str; 1] = ["###-##-####"];
const PHONE_SHAPES: [&str; 12] = [
    "###-###-####", "###.###.####", "### ### ####", "(###) ###-####",
    "+1 ###-###-####", "+1 ###.###.####", "+1 ### ### ####", "+1 (###) ###-####",
    "+1-###-###-####", "+1-###.###.####", "+1-### ### ####", "+1-(###) ###-####",
];
const GROUPED_CARDS: [&str; 2] = ["#### #### #### ####", "####-####-####-####"];

fn fits(s: &[u8], i: usize, shape: &str) -> bool {
    let p = shape.as_bytes();
    if i + p.len() > s.len() {
        return false;
    }
    let mut k = 0;
    while k < p.len() {
        let b = s[i + k];
        if p[k] == b'#' {
            if !b.is_ascii_digit() {
                return false;
            }
        } else if b != p[k] {
            return false;
        }
        k += 1;
    }
    i + p.len() == s.len() || !s[i + p.len()].is_ascii_alphanumeric()
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let mut i = 0;
    let mut email_dead_until = 0;
    while i < n {
        // ---- e-mail
        if i >= email_dead_until {
            let mut j = i;
            while j < n && (s[j].is_ascii_alphanumeric() || b"._%+-".contains(&s[j])) {
                j += 1;
            }
            let mut matched_end = None;
            if j > i && j < n && s[j] == b'@' {
                let dstart = j + 1;
                let mut dend = dstart;
                while dend < n && (s[dend].is_ascii_alphanumeric() || s[dend] == b'.' || s[dend] == b'-') {
                    dend += 1;
                }
                while dend > dstart && s[dend - 1] == b'.' {
                    dend -= 1;
                }
                if dend > dstart && s[dstart].is_ascii_alphanumeric() {
                    let mut label = 0;
                    let mut all_alpha = true;
                    let mut k = dend;
                    while k > dstart && s[k - 1] != b'.' {
                        all_alpha &= s[k - 1].is_ascii_alphabetic();
                        label += 1;
                        k -= 1;
                    }
                    if k > dstart && label >= 2 && all_alpha {
                        matched_end = Some(dend);
                    }
                }
            }
            if let Some(end) = matched_end {
                out.extend_from_slice(EMAIL.as_bytes());
                i = end;
                continue;
            }
            email_dead_until = j;
        }
        let left_free = i == 0 || !s[i - 1].is_ascii_alphanumeric();
        if left_free {
            let mut replaced = false;
            for (shapes, tag) in [(&SSN_SHAPES[..], SSN), (&PHONE_SHAPES[..], PHONE)] {
                if let Some(shape) = shapes.iter().find(|sh| fits(s, i, sh)) {
                    out.extend_from_slice(tag.as_bytes());
                    i += shape.len();
                    replaced = true;
                    break;
                }
            }
            if replaced {
                continue;
            }
            // ---- card: a run of 13..=19 digits
            let mut run = 0;
            while run < 20 && i + run < n && s[i + run].is_ascii_digit() {
                run += 1;
            }
            let after_ok = i + run == n || !s[i + run].is_ascii_alphanumeric();
            if (13..=19).contains(&run) && after_ok && luhn_digits(s[i..i + run].iter().copied()) {
                out.extend_from_slice(CARD.as_bytes());
                i += run;
                continue;
            }
            let mut grouped = false;
            for g in GROUPED_CARDS {
                if fits(s, i, g) && luhn_digits(s[i..i + 19].iter().copied().filter(u8::is_ascii_digit)) {
                    grouped = true;
                }
            }
            if grouped {
                out.extend_from_slice(CARD.as_bytes());
                i += 19;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    String::from_utf8(out).expect("only whole UTF-8 sequences and ASCII tags were copied")
}
