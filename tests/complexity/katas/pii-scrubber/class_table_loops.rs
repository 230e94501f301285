// learner: optimal
// idiom: Chapel-style precomputed byte-class table, index loops with explicit bounds, preallocated output buffer, inline shape checks
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const C_DIGIT: u8 = 1;
const C_ALPHA: u8 = 2;
const C_LOCAL: u8 = 4;
const C_DOMAIN: u8 = 8;

const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        let mut k = 0u8;
        if b >= b'0' && b <= b'9' {
            k |= C_DIGIT | C_LOCAL | C_DOMAIN;
        }
        if (b >= b'a' && b <= b'z') || (b >= b'A' && b <= b'Z') {
            k |= C_ALPHA | C_LOCAL | C_DOMAIN;
        }
        if b == b'.' || b == b'-' {
            k |= C_LOCAL | C_DOMAIN;
        }
        if b == b'_' || b == b'%' || b == b'+' {
            k |= C_LOCAL;
        }
        t[c] = k;
        c += 1;
    }
    t
}

static CLS: [u8; 256] = classes();

#[inline]
fn has(b: u8, m: u8) -> bool {
    CLS[b as usize] & m != 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    let n = b.len();
    if n == 0 {
        return false;
    }
    for i in 0..n {
        if !has(b[i], C_DIGIT) {
            return false;
        }
    }
    luhn_range(b, 0, n)
}

/// Luhn over the digits in b[lo..hi], skipping separators.
fn luhn_range(b: &[u8], lo: usize, hi: usize) -> bool {
    let mut sum: u32 = 0;
    let mut pos: usize = 0;
    let mut i = hi;
    while i > lo {
        i -= 1;
        if !has(b[i], C_DIGIT) {
            continue;
        }
        let mut d = (b[i] - b'0') as u32;
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

/// pattern: 'd' = digit, anything else literal.
fn shape_at(b: &[u8], i: usize, pat: &[u8]) -> bool {
    let m = pat.len();
    if i + m > b.len() {
        return false;
    }
    for k in 0..m {
        let c = b[i + k];
        if pat[k] == b'd' {
            if !has(c, C_DIGIT) {
                return false;
            }
        } else if pat[k] != c {
            return false;
        }
    }
    true
}

fn free_right(b: &[u8], e: usize) -> bool {
    e == b.len() || !has(b[e], C_DIGIT | C_ALPHA)
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let n = b.len();
    let mut out: Vec<u8> = Vec::with_capacity(n + 16);
    let mut dead = 0usize; // no e-mail can start before this index
    let mut i = 0usize;
    let phones: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    let cards: [&[u8]; 2] = [b"dddd dddd dddd dddd", b"dddd-dddd-dddd-dddd"];

    'scan: while i < n {
        // e-mail
        if i >= dead && has(b[i], C_LOCAL) {
            let mut j = i;
            while j < n && has(b[j], C_LOCAL) {
                j += 1;
            }
            let mut ok_end = 0usize;
            if j < n && b[j] == b'@' {
                let ds = j + 1;
                let mut de = ds;
                while de < n && has(b[de], C_DOMAIN) {
                    de += 1;
                }
                while de > ds && b[de - 1] == b'.' {
                    de -= 1;
                }
                if de > ds && has(b[ds], C_DIGIT | C_ALPHA) {
                    let mut tld = 0usize;
                    let mut dot = false;
                    let mut q = de;
                    while q > ds {
                        q -= 1;
                        if b[q] == b'.' {
                            dot = true;
                            break;
                        }
                        if has(b[q], C_ALPHA) {
                            tld += 1;
                        } else {
                            tld = 0;
                            break;
                        }
                    }
                    if dot && tld >= 2 {
                        ok_end = de;
                    }
                }
            }
            if ok_end > 0 {
                out.extend_from_slice(EMAIL.as_bytes());
                i = ok_end;
                continue 'scan;
            }
            dead = j;
        }

        let left_free = i == 0 || !has(b[i - 1], C_DIGIT | C_ALPHA);
        if left_free {
            // SSN
            if shape_at(b, i, b"ddd-dd-dddd") && free_right(b, i + 11) {
                out.extend_from_slice(SSN.as_bytes());
                i += 11;
                continue 'scan;
            }
            // phone
            let mut body = i;
            if i + 3 <= n && b[i] == b'+' && b[i + 1] == b'1' && (b[i + 2] == b' ' || b[i + 2] == b'-') {
                body = i + 3;
            }
            for p in 0..phones.len() {
                let e = body + phones[p].len();
                if shape_at(b, body, phones[p]) && free_right(b, e) {
                    out.extend_from_slice(PHONE.as_bytes());
                    i = e;
                    continue 'scan;
                }
            }
            // card: contiguous run, bounded at 20
            let mut e = i;
            while e < n && e < i + 20 && has(b[e], C_DIGIT) {
                e += 1;
            }
            let run = e - i;
            if run >= 13 && run <= 19 && free_right(b, e) && luhn_range(b, i, e) {
                out.extend_from_slice(CARD.as_bytes());
                i = e;
                continue 'scan;
            }
            for p in 0..cards.len() {
                let e = i + 19;
                if shape_at(b, i, cards[p]) && free_right(b, e) && luhn_range(b, i, e) {
                    out.extend_from_slice(CARD.as_bytes());
                    i = e;
                    continue 'scan;
                }
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap()
}
