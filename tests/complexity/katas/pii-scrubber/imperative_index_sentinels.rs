// learner: optimal
// idiom: colleague-style free functions over &[u8] with index while-loops, early returns, usize sentinels instead of Option
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const NO: usize = usize::MAX;

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    let mut double = false;
    let mut k = b.len();
    while k > 0 {
        k -= 1;
        let c = b[k];
        if !c.is_ascii_digit() {
            return false;
        }
        let mut d = (c - b'0') as u32;
        if double {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
        double = !double;
    }
    sum % 10 == 0
}

fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn digit(s: &[u8], i: usize) -> bool {
    i < s.len() && s[i].is_ascii_digit()
}

fn byte_is(s: &[u8], i: usize, c: u8) -> bool {
    i < s.len() && s[i] == c
}

fn free_after(s: &[u8], end: usize) -> bool {
    end >= s.len() || !alnum(s[end])
}

fn digits(s: &[u8], i: usize, n: usize) -> bool {
    for k in 0..n {
        if !digit(s, i + k) {
            return false;
        }
    }
    true
}

/// End of the local-part run starting at i.
fn local_run_end(s: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < s.len() {
        let b = s[j];
        if alnum(b) || b == b'.' || b == b'_' || b == b'%' || b == b'+' || b == b'-' {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// E-mail whose local part is i..at (s[at] == '@'); returns the end or NO.
fn email_with_at(s: &[u8], i: usize, at: usize) -> usize {
    if at == i || !byte_is(s, at, b'@') {
        return NO;
    }
    let start = at + 1;
    let mut end = start;
    while end < s.len() && (alnum(s[end]) || s[end] == b'.' || s[end] == b'-') {
        end += 1;
    }
    while end > start && s[end - 1] == b'.' {
        end -= 1;
    }
    if end == start || !alnum(s[start]) {
        return NO;
    }
    let mut last_dot = NO;
    let mut k = start;
    while k < end {
        if s[k] == b'.' {
            last_dot = k;
        }
        k += 1;
    }
    if last_dot == NO {
        return NO;
    }
    if end - (last_dot + 1) < 2 {
        return NO;
    }
    let mut k = last_dot + 1;
    while k < end {
        if !s[k].is_ascii_alphabetic() {
            return NO;
        }
        k += 1;
    }
    end
}

fn ssn(s: &[u8], i: usize) -> usize {
    if digits(s, i, 3) && byte_is(s, i + 3, b'-') && digits(s, i + 4, 2) && byte_is(s, i + 6, b'-')
        && digits(s, i + 7, 4) && free_after(s, i + 11)
    {
        return i + 11;
    }
    NO
}

fn phone_body(s: &[u8], i: usize) -> usize {
    if byte_is(s, i, b'(') {
        if digits(s, i + 1, 3) && byte_is(s, i + 4, b')') && byte_is(s, i + 5, b' ')
            && digits(s, i + 6, 3) && byte_is(s, i + 9, b'-') && digits(s, i + 10, 4)
        {
            return i + 14;
        }
        return NO;
    }
    if !digits(s, i, 3) || i + 3 >= s.len() {
        return NO;
    }
    let sep = s[i + 3];
    if sep != b'-' && sep != b'.' && sep != b' ' {
        return NO;
    }
    if digits(s, i + 4, 3) && byte_is(s, i + 7, sep) && digits(s, i + 8, 4) {
        return i + 12;
    }
    NO
}

fn phone(s: &[u8], i: usize) -> usize {
    let mut end = NO;
    if byte_is(s, i, b'+') && byte_is(s, i + 1, b'1') && (byte_is(s, i + 2, b' ') || byte_is(s, i + 2, b'-')) {
        end = phone_body(s, i + 3);
    }
    if end == NO {
        end = phone_body(s, i);
    }
    if end != NO && free_after(s, end) {
        return end;
    }
    NO
}

fn card(s: &[u8], i: usize) -> usize {
    // contiguous digits: read at most 20
    let mut n = 0;
    while n < 20 && digit(s, i + n) {
        n += 1;
    }
    if n >= 13 && n <= 19 && free_after(s, i + n) {
        let text = std::str::from_utf8(&s[i..i + n]).unwrap();
        if luhn_valid(text) {
            return i + n;
        }
    }
    // grouped: dddd?dddd?dddd?dddd with one separator kind
    if i + 4 < s.len() && (s[i + 4] == b' ' || s[i + 4] == b'-') {
        let sep = s[i + 4];
        let mut ok = true;
        let mut buf = [0u8; 16];
        for g in 0..4 {
            let at = i + g * 5;
            if !digits(s, at, 4) {
                ok = false;
                break;
            }
            if g < 3 && !byte_is(s, at + 4, sep) {
                ok = false;
                break;
            }
            buf[g * 4..g * 4 + 4].copy_from_slice(&s[at..at + 4]);
        }
        if ok && free_after(s, i + 19) && luhn_valid(std::str::from_utf8(&buf).unwrap()) {
            return i + 19;
        }
    }
    NO
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    let mut copied = 0;
    let mut email_dead_until = 0; // no e-mail can start before this index
    while i < s.len() {
        let mut end = NO;
        let mut tag = "";
        if i >= email_dead_until {
            let at = local_run_end(s, i);
            end = email_with_at(s, i, at);
            if end != NO {
                tag = EMAIL;
            } else if at > i {
                email_dead_until = at;
            }
        }
        if end == NO && (i == 0 || !alnum(s[i - 1])) {
            end = ssn(s, i);
            tag = SSN;
            if end == NO {
                end = phone(s, i);
                tag = PHONE;
            }
            if end == NO {
                end = card(s, i);
                tag = CARD;
            }
        }
        if end == NO {
            i += 1;
            continue;
        }
        out.push_str(&line[copied..i]);
        out.push_str(tag);
        i = end;
        copied = end;
    }
    out.push_str(&line[copied..]);
    out
}
