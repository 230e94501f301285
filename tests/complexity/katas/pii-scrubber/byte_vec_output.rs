// learner: optimal
// idiom: loop over bytes building a Vec<u8> output, slice patterns and small closures, String::from_utf8 at the end
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    let mut acc = 0u64;
    for k in 0..bytes.len() {
        let c = bytes[bytes.len() - 1 - k];
        if !(b'0'..=b'9').contains(&c) {
            return false;
        }
        let d = u64::from(c - b'0');
        acc += if k & 1 == 1 { [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][d as usize] } else { d };
    }
    !bytes.is_empty() && acc % 10 == 0
}

fn d(c: u8) -> bool {
    c.is_ascii_digit()
}

fn an(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn ssn_len(w: &[u8]) -> Option<usize> {
    match w {
        [a, b, c, b'-', e, f, b'-', h, i, j, k, ..]
            if [a, b, c, e, f, h, i, j, k].iter().all(|&&x| d(x)) => Some(11),
        _ => None,
    }
}

fn phone_len(w: &[u8]) -> Option<usize> {
    let (pre, rest) = match w {
        [b'+', b'1', b' ' | b'-', rest @ ..] => (3, rest),
        _ => (0, w),
    };
    let body = match rest {
        [b'(', a, b, c, b')', b' ', e, f, g, b'-', h, i, j, k, ..]
            if [a, b, c, e, f, g, h, i, j, k].iter().all(|&&x| d(x)) => 14,
        [a, b, c, s1, e, f, g, s2, h, i, j, k, ..]
            if s1 == s2
                && matches!(*s1, b'-' | b'.' | b' ')
                && [a, b, c, e, f, g, h, i, j, k].iter().all(|&&x| d(x)) => 12,
        _ => return None,
    };
    Some(pre + body)
}

fn card_len(w: &[u8]) -> Option<usize> {
    let mut run = 0;
    while run < w.len() && run < 20 && d(w[run]) {
        run += 1;
    }
    if (13..=19).contains(&run) && (run == w.len() || !an(w[run])) {
        if luhn_valid(std::str::from_utf8(&w[..run]).unwrap()) {
            return Some(run);
        }
    }
    if w.len() < 19 {
        return None;
    }
    let sep = w[4];
    if sep != b' ' && sep != b'-' {
        return None;
    }
    let mut digits = [0u8; 16];
    let mut n = 0;
    for (k, &c) in w[..19].iter().enumerate() {
        if k % 5 == 4 {
            if c != sep {
                return None;
            }
        } else if d(c) {
            digits[n] = c;
            n += 1;
        } else {
            return None;
        }
    }
    if (w.len() == 19 || !an(w[19])) && luhn_valid(std::str::from_utf8(&digits).unwrap()) {
        Some(19)
    } else {
        None
    }
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let mut out: Vec<u8> = Vec::with_capacity(n);
    let local = |c: u8| an(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-');
    let dom = |c: u8| an(c) || c == b'.' || c == b'-';
    let mut email_from = 0usize; // e-mail attempts before this index are known to fail
    let mut i = 0usize;
    loop {
        if i >= n {
            break;
        }
        // e-mail
        if i >= email_from {
            let mut j = i;
            while j < n && local(s[j]) {
                j += 1;
            }
            let mut matched = None;
            if j > i && j < n && s[j] == b'@' {
                let a = j + 1;
                let mut z = a;
                while z < n && dom(s[z]) {
                    z += 1;
                }
                while z > a && s[z - 1] == b'.' {
                    z -= 1;
                }
                if z > a && an(s[a]) {
                    let mut t = z;
                    while t > a && s[t - 1].is_ascii_alphabetic() {
                        t -= 1;
                    }
                    if z - t >= 2 && t > a && s[t - 1] == b'.' {
                        matched = Some(z);
                    }
                }
            }
            if let Some(z) = matched {
                out.extend_from_slice(EMAIL.as_bytes());
                i = z;
                continue;
            }
            email_from = j;
        }
        if i == 0 || !an(s[i - 1]) {
            let w = &s[i..];
            let after_free = |len: usize| i + len >= n || !an(s[i + len]);
            let tagged = ssn_len(w)
                .filter(|&l| after_free(l))
                .map(|l| (l, SSN))
                .or_else(|| phone_len(w).filter(|&l| after_free(l)).map(|l| (l, PHONE)))
                .or_else(|| card_len(w).map(|l| (l, CARD)));
            if let Some((len, tag)) = tagged {
                out.extend_from_slice(tag.as_bytes());
                i += len;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    String::from_utf8(out).expect("only ASCII bytes were replaced")
}
