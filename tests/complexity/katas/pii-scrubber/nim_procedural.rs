// learner: optimal
// idiom: Nim-style procedural: one big scan proc, macro_rules "templates" for byte tests, `result` String built up, index while-loops
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

macro_rules! digit_at {
    ($s:expr, $k:expr) => {
        ($k) < $s.len() && $s[$k].is_ascii_digit()
    };
}

macro_rules! byte_is {
    ($s:expr, $k:expr, $c:expr) => {
        ($k) < $s.len() && $s[$k] == $c
    };
}

macro_rules! glued {
    ($s:expr, $k:expr) => {
        ($k) < $s.len() && $s[$k].is_ascii_alphanumeric()
    };
}

pub fn luhn_valid(digits: &str) -> bool {
    let bytes = digits.as_bytes();
    let mut result = !bytes.is_empty();
    let mut total: u32 = 0;
    let mut idx = bytes.len();
    let mut second = false;
    while idx > 0 && result {
        idx -= 1;
        let c = bytes[idx];
        if c < b'0' || c > b'9' {
            result = false;
        } else {
            var_double(&mut total, (c - b'0') as u32, second);
            second = !second;
        }
    }
    result && total % 10 == 0
}

fn var_double(total: &mut u32, d: u32, second: bool) {
    if second {
        let x = d * 2;
        *total += if x > 9 { x - 9 } else { x };
    } else {
        *total += d;
    }
}

/// digits at positions s[a..a+n]
fn digits_run(s: &[u8], a: usize, n: usize) -> bool {
    let mut result = true;
    let mut k = 0;
    while k < n && result {
        result = digit_at!(s, a + k);
        k += 1;
    }
    result
}

fn luhn_bytes(s: &[u8], a: usize, b: usize) -> bool {
    // bytes in a..b; non-digits (group separators) are skipped
    let mut total: u32 = 0;
    let mut second = false;
    let mut k = b;
    while k > a {
        k -= 1;
        if s[k].is_ascii_digit() {
            var_double(&mut total, (s[k] - b'0') as u32, second);
            second = !second;
        }
    }
    total % 10 == 0
}

fn local_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-'
}

/// returns (match_end, run_end); match_end == 0 means no e-mail here
fn email_at(s: &[u8], i: usize) -> (usize, usize) {
    var_email(s, i)
}

fn var_email(s: &[u8], i: usize) -> (usize, usize) {
    let mut result = (0usize, i);
    let mut j = i;
    while j < s.len() && local_char(s[j]) {
        j += 1;
    }
    result.1 = j;
    if j > i && byte_is!(s, j, b'@') {
        let a = j + 1;
        let mut d = a;
        while d < s.len() && (s[d].is_ascii_alphanumeric() || s[d] == b'.' || s[d] == b'-') {
            d += 1;
        }
        while d > a && s[d - 1] == b'.' {
            d -= 1;
        }
        if d > a && s[a].is_ascii_alphanumeric() {
            // last label: letters back to a dot
            let mut k = d;
            while k > a && s[k - 1].is_ascii_alphabetic() {
                k -= 1;
            }
            if d - k >= 2 && k > a && s[k - 1] == b'.' {
                result.0 = d;
            }
        }
    }
    result
}

fn ssn_at(s: &[u8], i: usize) -> usize {
    let mut result = 0;
    if digits_run(s, i, 3)
        && byte_is!(s, i + 3, b'-')
        && digits_run(s, i + 4, 2)
        && byte_is!(s, i + 6, b'-')
        && digits_run(s, i + 7, 4)
        && !glued!(s, i + 11)
    {
        result = i + 11;
    }
    result
}

fn phone_at(s: &[u8], i: usize) -> usize {
    let mut result = 0;
    let mut p = i;
    if byte_is!(s, p, b'+') && byte_is!(s, p + 1, b'1') && (byte_is!(s, p + 2, b' ') || byte_is!(s, p + 2, b'-')) {
        p += 3;
    }
    if byte_is!(s, p, b'(') {
        if digits_run(s, p + 1, 3)
            && byte_is!(s, p + 4, b')')
            && byte_is!(s, p + 5, b' ')
            && digits_run(s, p + 6, 3)
            && byte_is!(s, p + 9, b'-')
            && digits_run(s, p + 10, 4)
        {
            result = p + 14;
        }
    } else if digits_run(s, p, 3) && p + 3 < s.len() {
        let sep = s[p + 3];
        if (sep == b'-' || sep == b'.' || sep == b' ')
            && digits_run(s, p + 4, 3)
            && byte_is!(s, p + 7, sep)
            && digits_run(s, p + 8, 4)
        {
            result = p + 12;
        }
    }
    if result > 0 && glued!(s, result) {
        result = 0;
    }
    result
}

fn card_at(s: &[u8], i: usize) -> usize {
    let mut result = 0;
    let mut j = i;
    while j < s.len() && j - i <= 19 && s[j].is_ascii_digit() {
        j += 1;
    }
    if j - i >= 13 && j - i <= 19 && !glued!(s, j) && luhn_bytes(s, i, j) {
        result = j;
    } else if j - i == 4 && j < s.len() && (s[j] == b' ' || s[j] == b'-') {
        let sep = s[j];
        let mut ok = true;
        let mut g = 1;
        while g < 4 && ok {
            let at = i + 5 * g;
            ok = byte_is!(s, at - 1, sep) && digits_run(s, at, 4);
            g += 1;
        }
        if ok && !glued!(s, i + 19) && luhn_bytes(s, i, i + 19) {
            result = i + 19;
        }
    }
    result
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let mut result = String::with_capacity(s.len());
    let mut flushed = 0usize;
    let mut email_dead_until = 0usize;
    let mut i = 0usize;
    while i < s.len() {
        let mut stop = 0usize;
        let mut tag = "";
        if i >= email_dead_until {
            let (m, run_end) = email_at(s, i);
            if m > 0 {
                stop = m;
                tag = EMAIL;
            } else {
                email_dead_until = run_end;
            }
        }
        let boundary = i == 0 || !s[i - 1].is_ascii_alphanumeric();
        if stop == 0 && boundary {
            stop = ssn_at(s, i);
            tag = SSN;
            if stop == 0 {
                stop = phone_at(s, i);
                tag = PHONE;
            }
            if stop == 0 {
                stop = card_at(s, i);
                tag = CARD;
            }
        }
        if stop > 0 {
            result.push_str(&line[flushed..i]);
            result.push_str(tag);
            flushed = stop;
            i = stop;
        } else {
            i += 1;
        }
    }
    result.push_str(&line[flushed..]);
    result
}
