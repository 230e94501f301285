// learner: optimal
// idiom: Ada/SPARK safety engineer: one backward pass precomputes, for every byte, where its local-part run and domain run end; the forward pass then decides each shape with bounded index checks and writes bytes into a Vec<u8>
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

type Index = usize;

fn digit_at(b: &[u8], k: Index) -> bool {
    k < b.len() && b[k].is_ascii_digit()
}

fn byte_at(b: &[u8], k: Index, want: u8) -> bool {
    k < b.len() && b[k] == want
}

/// `count` digits starting at `k`.
fn digits_at(b: &[u8], k: Index, count: usize) -> bool {
    (k..k + count).all(|p| digit_at(b, p))
}

fn alnum_at(b: &[u8], k: Index) -> bool {
    k < b.len() && b[k].is_ascii_alphanumeric()
}

fn isolated(b: &[u8], start: Index, end: Index) -> bool {
    (start == 0 || !alnum_at(b, start - 1)) && !alnum_at(b, end)
}

fn luhn_of(b: &[u8], start: Index, end: Index) -> bool {
    let mut sum: u32 = 0;
    let mut position_from_right: u32 = 0;
    let mut k = end;
    while k > start {
        k -= 1;
        if b[k].is_ascii_digit() {
            let mut v = u32::from(b[k] - b'0');
            if position_from_right % 2 == 1 {
                v *= 2;
                if v > 9 {
                    v -= 9;
                }
            }
            sum += v;
            position_from_right += 1;
        }
    }
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    if b.is_empty() {
        return false;
    }
    for &c in b {
        if !c.is_ascii_digit() {
            return false;
        }
    }
    luhn_of(b, 0, b.len())
}

fn ssn_end(b: &[u8], i: Index) -> Option<Index> {
    let shape_ok = digits_at(b, i, 3)
        && byte_at(b, i + 3, b'-')
        && digits_at(b, i + 4, 2)
        && byte_at(b, i + 6, b'-')
        && digits_at(b, i + 7, 4);
    if shape_ok && isolated(b, i, i + 11) {
        Some(i + 11)
    } else {
        None
    }
}

fn phone_end(b: &[u8], i: Index) -> Option<Index> {
    let mut k = i;
    if byte_at(b, k, b'+') && byte_at(b, k + 1, b'1') && (byte_at(b, k + 2, b' ') || byte_at(b, k + 2, b'-')) {
        k += 3;
    }
    let end = if byte_at(b, k, b'(') {
        let ok = digits_at(b, k + 1, 3)
            && byte_at(b, k + 4, b')')
            && byte_at(b, k + 5, b' ')
            && digits_at(b, k + 6, 3)
            && byte_at(b, k + 9, b'-')
            && digits_at(b, k + 10, 4);
        if ok { k + 14 } else { return None }
    } else {
        if !digits_at(b, k, 3) || k + 3 >= b.len() {
            return None;
        }
        let sep = b[k + 3];
        let ok = matches!(sep, b'-' | b'.' | b' ')
            && digits_at(b, k + 4, 3)
            && byte_at(b, k + 7, sep)
            && digits_at(b, k + 8, 4);
        if ok { k + 12 } else { return None }
    };
    if isolated(b, i, end) { Some(end) } else { None }
}

fn card_end(b: &[u8], i: Index) -> Option<Index> {
    let mut run = 0;
    while run < 20 && digit_at(b, i + run) {
        run += 1;
    }
    if (13..=19).contains(&run) && isolated(b, i, i + run) && luhn_of(b, i, i + run) {
        return Some(i + run);
    }
    if run == 4 && i + 4 < b.len() && (b[i + 4] == b' ' || b[i + 4] == b'-') {
        let sep = b[i + 4];
        let ok = digits_at(b, i + 5, 4)
            && byte_at(b, i + 9, sep)
            && digits_at(b, i + 10, 4)
            && byte_at(b, i + 14, sep)
            && digits_at(b, i + 15, 4);
        if ok && isolated(b, i, i + 19) && luhn_of(b, i, i + 19) {
            return Some(i + 19);
        }
    }
    None
}

/// For every position, the end of the run of bytes accepted by `class` starting there.
fn run_ends(b: &[u8], class: fn(u8) -> bool) -> Vec<Index> {
    let mut ends = vec![b.len(); b.len() + 1];
    for k in (0..b.len()).rev() {
        ends[k] = if class(b[k]) { ends[k + 1] } else { k };
    }
    ends
}

fn local_class(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn domain_class(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// Also precomputed: the position of the last '.' at or before each index, and for each
/// end position the end once trailing dots are cut off.
struct Tables {
    local_end: Vec<Index>,
    domain_end: Vec<Index>,
    last_dot: Vec<Option<Index>>,
    undotted: Vec<Index>,
}

fn email_end(b: &[u8], i: Index, t: &Tables) -> Option<Index> {
    let Tables { local_end, domain_end, last_dot, undotted } = t;
    let at = local_end[i];
    if at == i || !byte_at(b, at, b'@') {
        return None;
    }
    let start = at + 1;
    let end = undotted[domain_end[start.min(b.len())]].max(start);
    if end == start || !b[start].is_ascii_alphanumeric() {
        return None;
    }
    let dot = last_dot[end - 1].filter(|&d| d >= start)?;
    let tld = &b[dot + 1..end];
    if tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) { Some(end) } else { None }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let local_end = run_ends(b, local_class);
    let domain_end = run_ends(b, domain_class);
    let mut last_dot: Vec<Option<Index>> = Vec::with_capacity(b.len());
    let mut seen: Option<Index> = None;
    for (k, &c) in b.iter().enumerate() {
        if c == b'.' {
            seen = Some(k);
        }
        last_dot.push(seen);
    }
    // undotted[e]: e moved left past any '.' bytes just before it.
    let mut undotted: Vec<Index> = vec![0; b.len() + 1];
    for e in 1..=b.len() {
        undotted[e] = if b[e - 1] == b'.' { undotted[e - 1] } else { e };
    }
    let tables = Tables { local_end, domain_end, last_dot, undotted };

    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i: Index = 0;
    while i < b.len() {
        let hit = email_end(b, i, &tables)
            .map(|e| (e, EMAIL))
            .or_else(|| ssn_end(b, i).map(|e| (e, SSN)))
            .or_else(|| phone_end(b, i).map(|e| (e, PHONE)))
            .or_else(|| card_end(b, i).map(|e| (e, CARD)));
        match hit {
            Some((end, label)) => {
                out.extend_from_slice(label.as_bytes());
                i = end;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    // Only whole ASCII matches were replaced, so the bytes are still valid UTF-8.
    String::from_utf8(out).expect("scrub keeps UTF-8 intact")
}
