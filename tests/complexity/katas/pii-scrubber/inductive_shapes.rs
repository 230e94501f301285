// learner: optimal
// idiom: inductive symbol lists matched by structural recursion on slice patterns, Kind enum tried in order, fold-based Luhn, Vec<u8> output
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy)]
enum Sym {
    D,
    L(u8),
}
use Sym::{D, L};

#[derive(Clone, Copy)]
enum Kind {
    Email,
    Ssn,
    Phone,
    Card,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Email => EMAIL,
            Kind::Ssn => SSN,
            Kind::Phone => PHONE,
            Kind::Card => CARD,
        }
    }
}

const ORDER: [Kind; 4] = [Kind::Email, Kind::Ssn, Kind::Phone, Kind::Card];

const SSN_SHAPE: &[Sym] = &[D, D, D, L(b'-'), D, D, L(b'-'), D, D, D, D];
const PHONE_BODIES: &[&[Sym]] = &[
    &[D, D, D, L(b'-'), D, D, D, L(b'-'), D, D, D, D],
    &[D, D, D, L(b'.'), D, D, D, L(b'.'), D, D, D, D],
    &[D, D, D, L(b' '), D, D, D, L(b' '), D, D, D, D],
    &[L(b'('), D, D, D, L(b')'), L(b' '), D, D, D, L(b'-'), D, D, D, D],
];
const PHONE_PREFIXES: &[&[Sym]] = &[&[L(b'+'), L(b'1'), L(b' ')], &[L(b'+'), L(b'1'), L(b'-')], &[]];
const CARD_GROUPED: &[&[Sym]] = &[
    &[D, D, D, D, L(b' '), D, D, D, D, L(b' '), D, D, D, D, L(b' '), D, D, D, D],
    &[D, D, D, D, L(b'-'), D, D, D, D, L(b'-'), D, D, D, D, L(b'-'), D, D, D, D],
];

/// Fixpoint on the shape: consumes one symbol and one byte per step (depth <= 19).
fn prefix_len(shape: &[Sym], s: &[u8]) -> Option<usize> {
    match (shape, s) {
        ([], _) => Some(0),
        ([D, rest @ ..], [c, more @ ..]) if c.is_ascii_digit() => prefix_len(rest, more).map(|k| k + 1),
        ([L(x), rest @ ..], [c, more @ ..]) if x == c => prefix_len(rest, more).map(|k| k + 1),
        _ => None,
    }
}

/// Luhn state: (sum, position parity), fed the digits rightmost first.
fn luhn_step((sum, odd): (u32, bool), d: u8) -> (u32, bool) {
    let v = u32::from(d - b'0');
    let v = match odd {
        true if v * 2 > 9 => v * 2 - 9,
        true => v * 2,
        false => v,
    };
    (sum + v, !odd)
}

fn luhn_bytes<'a>(digits: impl DoubleEndedIterator<Item = &'a u8>) -> bool {
    let (sum, _) = digits.rev().filter(|c| c.is_ascii_digit()).fold((0, false), |st, &d| luhn_step(st, d));
    sum % 10 == 0
}

pub fn luhn_valid(digits: &str) -> bool {
    let b = digits.as_bytes();
    match b {
        [] => false,
        _ if b.iter().any(|c| !c.is_ascii_digit()) => false,
        _ => luhn_bytes(b.iter()),
    }
}

fn glued(b: &[u8], at: usize) -> bool {
    b.get(at).map_or(false, |c| c.is_ascii_alphanumeric())
}

/// Lemma: a domain is valid iff non-empty, starts alnum, has a dot, and its last label is >= 2 letters.
fn valid_domain(dom: &[u8]) -> bool {
    match dom.first() {
        Some(c) if c.is_ascii_alphanumeric() => {}
        _ => return false,
    }
    match dom.iter().rposition(|&c| c == b'.') {
        None => false,
        Some(p) => {
            let last = &dom[p + 1..];
            last.len() >= 2 && last.iter().all(|c| c.is_ascii_alphabetic())
        }
    }
}

struct State {
    email_dead_until: usize,
}

fn try_email(b: &[u8], i: usize, st: &mut State) -> Option<usize> {
    if i < st.email_dead_until {
        return None;
    }
    let local = b[i..]
        .iter()
        .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-'))
        .count();
    let at = i + local;
    let res = match (local, b.get(at)) {
        (0, _) => None,
        (_, Some(b'@')) => {
            let dstart = at + 1;
            let run = b[dstart..].iter().take_while(|&&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-').count();
            let mut dend = dstart + run;
            while dend > dstart && b[dend - 1] == b'.' {
                dend -= 1;
            }
            if valid_domain(&b[dstart..dend]) { Some(dend) } else { None }
        }
        _ => None,
    };
    if res.is_none() {
        st.email_dead_until = at;
    }
    res
}

fn try_shape(b: &[u8], i: usize, shape: &[Sym]) -> Option<usize> {
    prefix_len(shape, &b[i..]).map(|k| i + k).filter(|&e| !glued(b, e))
}

fn try_kind(kind: Kind, b: &[u8], i: usize, st: &mut State) -> Option<usize> {
    match kind {
        Kind::Email => try_email(b, i, st),
        _ if i > 0 && b[i - 1].is_ascii_alphanumeric() => None,
        Kind::Ssn => try_shape(b, i, SSN_SHAPE),
        Kind::Phone => PHONE_PREFIXES.iter().find_map(|pre| {
            let body = i + prefix_len(pre, &b[i..])?;
            PHONE_BODIES.iter().find_map(|shape| try_shape(b, body, shape))
        }),
        Kind::Card => {
            let run = b[i..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
            let contiguous = match run {
                13..=19 if !glued(b, i + run) && luhn_bytes(b[i..i + run].iter()) => Some(i + run),
                _ => None,
            };
            contiguous.or_else(|| {
                CARD_GROUPED
                    .iter()
                    .filter_map(|shape| try_shape(b, i, shape))
                    .find(|&e| luhn_bytes(b[i..e].iter()))
            })
        }
    }
}

pub fn scrub(line: &str) -> String {
    let b = line.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut st = State { email_dead_until: 0 };
    let mut i = 0;
    while i < b.len() {
        let hit = ORDER.iter().find_map(|&k| try_kind(k, b, i, &mut st).map(|e| (k, e)));
        match hit {
            Some((k, e)) => {
                out.extend_from_slice(k.tag().as_bytes());
                i = e;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("only ASCII spans were replaced")
}
