// learner: slow
// why: luhn_valid is O(n) space, target O(1): collects the digits into a Vec<u32> and reverses it before summing
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut ds: Vec<u32> = digits.chars().map(|c| c.to_digit(10).unwrap()).collect();
    ds.reverse();
    let mut sum = 0;
    for (i, d) in ds.iter().enumerate() {
        if i % 2 == 1 {
            let x = d * 2;
            sum += if x > 9 { x - 9 } else { x };
        } else {
            sum += d;
        }
    }
    sum % 10 == 0
}

fn alnum_at(s: &[u8], i: usize) -> bool {
    s.get(i).map_or(false, |c| c.is_ascii_alphanumeric())
}

fn shape(s: &[u8], i: usize, pat: &[u8]) -> bool {
    if i + pat.len() > s.len() {
        return false;
    }
    for k in 0..pat.len() {
        let c = s[i + k];
        let ok = if pat[k] == b'#' { c.is_ascii_digit() } else { c == pat[k] };
        if !ok {
            return false;
        }
    }
    true
}

fn try_email(s: &[u8], i: usize) -> (Option<usize>, usize) {
    let mut j = i;
    while j < s.len() && (s[j].is_ascii_alphanumeric() || b"._%+-".contains(&s[j])) {
        j += 1;
    }
    if j == i || j >= s.len() || s[j] != b'@' {
        return (None, j);
    }
    let a = j + 1;
    let mut z = a;
    while z < s.len() && (s[z].is_ascii_alphanumeric() || s[z] == b'.' || s[z] == b'-') {
        z += 1;
    }
    while z > a && s[z - 1] == b'.' {
        z -= 1;
    }
    if z == a || !s[a].is_ascii_alphanumeric() {
        return (None, j);
    }
    let mut t = z;
    while t > a && s[t - 1].is_ascii_alphabetic() {
        t -= 1;
    }
    if z - t >= 2 && t > a && s[t - 1] == b'.' { (Some(z), j) } else { (None, j) }
}

fn try_other(line: &str, i: usize) -> Option<(usize, &'static str)> {
    let s = line.as_bytes();
    if i > 0 && s[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    if shape(s, i, b"###-##-####") && !alnum_at(s, i + 11) {
        return Some((i + 11, SSN));
    }
    let mut p = i;
    if shape(s, i, b"+1 ") || shape(s, i, b"+1-") {
        p += 3;
    }
    for pat in [&b"###-###-####"[..], b"###.###.####", b"### ### ####", b"(###) ###-####"] {
        if shape(s, p, pat) && !alnum_at(s, p + pat.len()) {
            return Some((p + pat.len(), PHONE));
        }
    }
    let mut j = i;
    while j < s.len() && j - i < 20 && s[j].is_ascii_digit() {
        j += 1;
    }
    if j - i >= 13 && j - i <= 19 && !alnum_at(s, j) && luhn_valid(&line[i..j]) {
        return Some((j, CARD));
    }
    for pat in [&b"#### #### #### ####"[..], b"####-####-####-####"] {
        if shape(s, i, pat) && !alnum_at(s, i + 19) {
            let digits: String = line[i..i + 19].chars().filter(|c| c.is_ascii_digit()).collect();
            if luhn_valid(&digits) {
                return Some((i + 19, CARD));
            }
        }
    }
    None
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::new();
    let mut start = 0;
    let mut skip = 0;
    let mut i = 0;
    while i < s.len() {
        let mut hit = None;
        if i >= skip {
            let (m, run) = try_email(s, i);
            if let Some(e) = m {
                hit = Some((e, EMAIL));
            } else {
                skip = run;
            }
        }
        if hit.is_none() {
            hit = try_other(line, i);
        }
        if let Some((e, tag)) = hit {
            out.push_str(&line[start..i]);
            out.push_str(tag);
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    out.push_str(&line[start..]);
    out
}
