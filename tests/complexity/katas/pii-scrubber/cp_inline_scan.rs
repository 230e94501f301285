// learner: optimal
// idiom: competitive-programmer style: one big scan loop in scrub, short names, pattern strings matched by index loops, skip watermark for e-mails
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() { return false; }
    let mut s = 0u32;
    for k in 0..b.len() {
        let c = b[b.len() - 1 - k];
        if !c.is_ascii_digit() { return false; }
        let mut d = (c - b'0') as u32;
        if k & 1 == 1 { d *= 2; if d > 9 { d -= 9; } }
        s += d;
    }
    s % 10 == 0
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let n = s.len();
    let an = |i: usize| i < n && s[i].is_ascii_alphanumeric();
    let pm = |i: usize, p: &[u8]| -> bool {
        if i + p.len() > n { return false; }
        for k in 0..p.len() {
            let c = s[i + k];
            if p[k] == b'd' { if !c.is_ascii_digit() { return false; } } else if c != p[k] { return false; }
        }
        true
    };
    let loc = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'%' || c == b'+' || c == b'-';
    let dom = |c: u8| c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
    let ph: [&[u8]; 4] = [b"ddd-ddd-dddd", b"ddd.ddd.dddd", b"ddd ddd dddd", b"(ddd) ddd-dddd"];
    let mut o = String::with_capacity(n);
    let (mut i, mut c0, mut ne) = (0, 0, 0);
    while i < n {
        let mut m: Option<(usize, &str)> = None;
        // e-mail
        if i >= ne {
            let mut j = i;
            while j < n && loc(s[j]) { j += 1; }
            ne = j.max(i + 1);
            if j > i && j < n && s[j] == b'@' {
                let st = j + 1;
                let mut e = st;
                while e < n && dom(s[e]) { e += 1; }
                while e > st && s[e - 1] == b'.' { e -= 1; }
                if e > st && s[st].is_ascii_alphanumeric() {
                    let mut dot = e;
                    for k in (st..e).rev() { if s[k] == b'.' { dot = k; break; } }
                    if dot < e && e - dot - 1 >= 2 && (dot + 1..e).all(|k| s[k].is_ascii_alphabetic()) {
                        m = Some((e, EMAIL));
                    }
                }
            }
        }
        if m.is_none() && !(i > 0 && an(i - 1)) {
            let ok = |e: usize| !an(e);
            // ssn
            if pm(i, b"ddd-dd-dddd") && ok(i + 11) { m = Some((i + 11, SSN)); }
            // phone
            if m.is_none() {
                let b = if pm(i, b"+1 ") || pm(i, b"+1-") { i + 3 } else { i };
                for p in ph.iter() {
                    if pm(b, p) && ok(b + p.len()) { m = Some((b + p.len(), PHONE)); break; }
                }
            }
            // card
            if m.is_none() {
                let mut r = 0;
                while r < 20 && i + r < n && s[i + r].is_ascii_digit() { r += 1; }
                let mut e = 0;
                if (13..=19).contains(&r) { e = i + r; }
                else if pm(i, b"dddd dddd dddd dddd") || pm(i, b"dddd-dddd-dddd-dddd") { e = i + 19; }
                if e > 0 && ok(e) {
                    let mut sum = 0u32;
                    let mut k = 0;
                    for q in (i..e).rev() {
                        if !s[q].is_ascii_digit() { continue; }
                        let mut d = (s[q] - b'0') as u32;
                        if k & 1 == 1 { d *= 2; if d > 9 { d -= 9; } }
                        sum += d; k += 1;
                    }
                    if sum % 10 == 0 { m = Some((e, CARD)); }
                }
            }
        }
        if let Some((e, t)) = m {
            o.push_str(&line[c0..i]);
            o.push_str(t);
            i = e; c0 = e;
        } else {
            i += 1;
        }
    }
    o.push_str(&line[c0..]);
    o
}
