// learner: optimal
// idiom: Nix: the scanner is `foldl' step initialState` -- a record { out; from; at; mailMemo; } rebuilt by a pure `step` per position; shapes are lists of pieces like `[ (d 3) (lit "-") (d 2) ... ]`
// why: each step tries bounded shapes (<= 19 bytes) in O(1); a failed e-mail run is memoised by its end so no byte is re-read: O(n) time, O(n) output; luhn folds once: O(n)/O(1)

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Piece {
    D(usize),
    Lit(u8),
}
use Piece::{Lit, D};

const SSN_P: &[Piece] = &[D(3), Lit(b'-'), D(2), Lit(b'-'), D(4)];
const PHONE_BODIES: &[&[Piece]] = &[
    &[D(3), Lit(b'-'), D(3), Lit(b'-'), D(4)],
    &[D(3), Lit(b'.'), D(3), Lit(b'.'), D(4)],
    &[D(3), Lit(b' '), D(3), Lit(b' '), D(4)],
    &[Lit(b'('), D(3), Lit(b')'), Lit(b' '), D(3), Lit(b'-'), D(4)],
];
const PHONE_PREFIXES: &[&[Piece]] = &[&[Lit(b'+'), Lit(b'1'), Lit(b' ')], &[Lit(b'+'), Lit(b'1'), Lit(b'-')], &[]];
const CARD_GROUPS: &[&[Piece]] = &[
    &[D(4), Lit(b' '), D(4), Lit(b' '), D(4), Lit(b' '), D(4)],
    &[D(4), Lit(b'-'), D(4), Lit(b'-'), D(4), Lit(b'-'), D(4)],
];

/// run a list of pieces from `at`; Some(end) when all of them matched
fn seq(b: &[u8], at: usize, pieces: &[Piece]) -> Option<usize> {
    pieces.iter().try_fold(at, |pos, p| match *p {
        D(n) => {
            let end = pos + n;
            (end <= b.len() && b[pos..end].iter().all(u8::is_ascii_digit)).then_some(end)
        }
        Lit(c) => (pos < b.len() && b[pos] == c).then_some(pos + 1),
    })
}

fn glued(b: &[u8], k: Option<usize>) -> bool {
    matches!(k.and_then(|k| b.get(k)), Some(c) if c.is_ascii_alphanumeric())
}

fn bounded(b: &[u8], end: Option<usize>) -> Option<usize> {
    end.filter(|&e| !glued(b, Some(e)))
}

/// luhn = foldl' ({ sum, dbl }: d: { sum = sum + (if dbl then ... else d); dbl = !dbl; })
fn luhn_ok<I: Iterator<Item = u8>>(rightmost_first: I) -> bool {
    let (sum, _) = rightmost_first.fold((0u32, false), |(sum, dbl), c| {
        let d = (c - b'0') as u32;
        let v = if dbl { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d };
        (sum + v, !dbl)
    });
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    match b {
        [] => false,
        _ if !b.iter().all(u8::is_ascii_digit) => false,
        _ => luhn_ok(b.iter().rev().copied()),
    }
}

fn ssn(b: &[u8], i: usize) -> Option<usize> {
    bounded(b, seq(b, i, SSN_P))
}

fn phone(b: &[u8], i: usize) -> Option<usize> {
    PHONE_PREFIXES.iter().find_map(|pre| {
        let after_pre = seq(b, i, pre)?;
        PHONE_BODIES.iter().find_map(|body| bounded(b, seq(b, after_pre, body)))
    })
}

fn card(b: &[u8], i: usize) -> Option<usize> {
    let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    let plain = Some(i + run)
        .filter(|_| (13..=19).contains(&run))
        .and_then(|e| bounded(b, Some(e)))
        .filter(|&e| luhn_ok(b[i..e].iter().rev().copied()));
    plain.or_else(|| {
        CARD_GROUPS.iter().find_map(|g| {
            bounded(b, seq(b, i, g))
                .filter(|&e| luhn_ok(b[i..e].iter().rev().copied().filter(u8::is_ascii_digit)))
        })
    })
}

fn local_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(&c)
}

fn domain_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'.' || c == b'-'
}

/// (end of the local run, Some(email end) if the whole thing is an e-mail)
fn email(b: &[u8], i: usize) -> (usize, Option<usize>) {
    let j = i + b[i..].iter().take_while(|&&c| local_byte(c)).count();
    if j == i || b.get(j) != Some(&b'@') {
        return (j, None);
    }
    let d0 = j + 1;
    let mut e = d0 + b[d0..].iter().take_while(|&&c| domain_byte(c)).count();
    while e > d0 && b[e - 1] == b'.' {
        e -= 1;
    }
    let dom = &b[d0..e];
    let starts_ok = dom.first().map_or(false, u8::is_ascii_alphanumeric);
    let tld_ok = dom
        .iter()
        .rposition(|&c| c == b'.')
        .map(|dot| &dom[dot + 1..])
        .map_or(false, |t| t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic));
    (j, (starts_ok && tld_ok).then_some(e))
}

struct St {
    out: String,
    from: usize,
    at: usize,
    /// every start before this end of a failed local run fails the same way
    mail_memo: usize,
}

fn step(line: &str, st: St) -> St {
    let b = line.as_bytes();
    let i = st.at;
    let (mail, memo) = if i >= st.mail_memo {
        match email(b, i) {
            (_, Some(e)) => (Some(e), st.mail_memo),
            (j, None) => (None, j),
        }
    } else {
        (None, st.mail_memo)
    };
    let hit = mail.map(|e| (e, EMAIL)).or_else(|| {
        if glued(b, i.checked_sub(1)) {
            return None;
        }
        ssn(b, i)
            .map(|e| (e, SSN))
            .or_else(|| phone(b, i).map(|e| (e, PHONE)))
            .or_else(|| card(b, i).map(|e| (e, CARD)))
    });
    match hit {
        None => St { at: i + 1, mail_memo: memo, ..st },
        Some((end, tag)) => {
            let mut out = st.out;
            out.push_str(&line[st.from..i]);
            out.push_str(tag);
            St { out, from: end, at: end, mail_memo: memo }
        }
    }
}

pub fn scrub(line: &str) -> String {
    let mut st = St { out: String::with_capacity(line.len()), from: 0, at: 0, mail_memo: 0 };
    while st.at < line.len() {
        st = step(line, st);
    }
    let mut out = st.out;
    out.push_str(&line[st.from..]);
    out
}
