// learner: optimal
// idiom: C++ policy classes: a Detector trait with an associated TAG const, const-fn compiled shape tables with const-generic lengths, #[inline] helpers, generic dispatch
//! PII scrubber for log lines: see README.md.

/// Replacement written for an e-mail address.
pub const EMAIL: &str = "[EMAIL]";
/// Replacement written for a US Social Security number (`ddd-dd-dddd`).
pub const SSN: &str = "[SSN]";
/// Replacement written for a phone number.
pub const PHONE: &str = "[PHONE]";
/// Replacement written for a card number that passes the Luhn check.
pub const CARD: &str = "[CARD]";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    Digit,
    Lit(u8),
}

const fn compile<const N: usize>(src: &[u8; N]) -> [Tok; N] {
    let mut out = [Tok::Digit; N];
    let mut k = 0;
    while k < N {
        out[k] = if src[k] == b'd' { Tok::Digit } else { Tok::Lit(src[k]) };
        k += 1;
    }
    out
}

const SSN_SHAPE: [Tok; 11] = compile(b"ddd-dd-dddd");
const PHONE_DASH: [Tok; 12] = compile(b"ddd-ddd-dddd");
const PHONE_DOT: [Tok; 12] = compile(b"ddd.ddd.dddd");
const PHONE_SPACE: [Tok; 12] = compile(b"ddd ddd dddd");
const PHONE_PAREN: [Tok; 14] = compile(b"(ddd) ddd-dddd");
const CARD_SPACE: [Tok; 19] = compile(b"dddd dddd dddd dddd");
const CARD_DASH: [Tok; 19] = compile(b"dddd-dddd-dddd-dddd");
const DOUBLED: [u32; 10] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
const MAX_CARD: usize = 19;

#[inline(always)]
fn fits<const N: usize>(b: &[u8], at: usize, shape: &[Tok; N]) -> bool {
    if at + N > b.len() {
        return false;
    }
    let mut k = 0;
    while k < N {
        let ok = match shape[k] {
            Tok::Digit => b[at + k].is_ascii_digit(),
            Tok::Lit(c) => b[at + k] == c,
        };
        if !ok {
            return false;
        }
        k += 1;
    }
    true
}

#[inline(always)]
fn word(b: &[u8], k: usize) -> bool {
    b.get(k).map_or(false, u8::is_ascii_alphanumeric)
}

#[inline(always)]
fn free_left(b: &[u8], at: usize) -> bool {
    at == 0 || !word(b, at - 1)
}

/// Luhn over the digits of b[from..to], separators skipped, right to left.
#[inline]
fn luhn_range(b: &[u8], from: usize, to: usize) -> bool {
    let mut sum = 0u32;
    let mut odd = false;
    let mut k = to;
    while k > from {
        k -= 1;
        let c = b[k];
        if !c.is_ascii_digit() {
            continue;
        }
        let d = (c - b'0') as usize;
        sum += if odd { DOUBLED[d] } else { d as u32 };
        odd = !odd;
    }
    sum % 10 == 0
}

/// Returns `true` when `digits` is a non-empty string of ASCII digits whose Luhn checksum is valid.
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
    luhn_range(b, 0, b.len())
}

struct Ctx<'a> {
    b: &'a [u8],
    email_dead_until: usize,
}

trait Detector {
    const TAG: &'static str;
    fn try_at(cx: &mut Ctx<'_>, at: usize) -> Option<usize>;
}

struct Email;
struct Ssn;
struct Phone;
struct Card;

impl Detector for Email {
    const TAG: &'static str = EMAIL;
    fn try_at(cx: &mut Ctx<'_>, at: usize) -> Option<usize> {
        if at < cx.email_dead_until {
            return None;
        }
        let b = cx.b;
        let local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-".contains(&c);
        let mut j = at;
        while j < b.len() && local(b[j]) {
            j += 1;
        }
        if j == at {
            return None;
        }
        // whatever happens now, every start in at..j ends the same way
        let fail = j;
        if b.get(j) != Some(&b'@') {
            cx.email_dead_until = fail;
            return None;
        }
        let d0 = j + 1;
        let mut k = d0;
        while k < b.len() && (b[k].is_ascii_alphanumeric() || b[k] == b'.' || b[k] == b'-') {
            k += 1;
        }
        while k > d0 && b[k - 1] == b'.' {
            k -= 1;
        }
        // single forward pass over the domain: remember the last label's shape
        let mut has_dot = false;
        let mut label_len = 0usize;
        let mut label_alpha = true;
        for &c in &b[d0..k] {
            if c == b'.' {
                has_dot = true;
                label_len = 0;
                label_alpha = true;
            } else {
                label_len += 1;
                label_alpha &= c.is_ascii_alphabetic();
            }
        }
        let ok = k > d0 && b[d0].is_ascii_alphanumeric() && has_dot && label_len >= 2 && label_alpha;
        if ok {
            Some(k)
        } else {
            cx.email_dead_until = fail;
            None
        }
    }
}

impl Detector for Ssn {
    const TAG: &'static str = SSN;
    #[inline]
    fn try_at(cx: &mut Ctx<'_>, at: usize) -> Option<usize> {
        let b = cx.b;
        (free_left(b, at) && fits(b, at, &SSN_SHAPE) && !word(b, at + 11)).then(|| at + 11)
    }
}

impl Phone {
    #[inline]
    fn body(b: &[u8], at: usize) -> Option<usize> {
        let end = if fits(b, at, &PHONE_DASH) || fits(b, at, &PHONE_DOT) || fits(b, at, &PHONE_SPACE) {
            at + 12
        } else if fits(b, at, &PHONE_PAREN) {
            at + 14
        } else {
            return None;
        };
        (!word(b, end)).then_some(end)
    }
}

impl Detector for Phone {
    const TAG: &'static str = PHONE;
    fn try_at(cx: &mut Ctx<'_>, at: usize) -> Option<usize> {
        let b = cx.b;
        if !free_left(b, at) {
            return None;
        }
        if let Some(e) = Self::body(b, at) {
            return Some(e);
        }
        if b.get(at) == Some(&b'+') && b.get(at + 1) == Some(&b'1') && matches!(b.get(at + 2), Some(b' ' | b'-')) {
            return Self::body(b, at + 3);
        }
        None
    }
}

impl Detector for Card {
    const TAG: &'static str = CARD;
    fn try_at(cx: &mut Ctx<'_>, at: usize) -> Option<usize> {
        let b = cx.b;
        if !free_left(b, at) {
            return None;
        }
        let mut run = 0;
        while run <= MAX_CARD && at + run < b.len() && b[at + run].is_ascii_digit() {
            run += 1;
        }
        if (13..=MAX_CARD).contains(&run) && !word(b, at + run) && luhn_range(b, at, at + run) {
            return Some(at + run);
        }
        if (fits(b, at, &CARD_SPACE) || fits(b, at, &CARD_DASH)) && !word(b, at + 19) && luhn_range(b, at, at + 19) {
            return Some(at + 19);
        }
        None
    }
}

#[inline(always)]
fn attempt<D: Detector>(cx: &mut Ctx<'_>, at: usize) -> Option<(usize, &'static str)> {
    D::try_at(cx, at).map(|end| (end, D::TAG))
}

/// Copies `line`, replacing e-mail addresses, SSNs, phone numbers and Luhn-valid card numbers.
pub fn scrub(line: &str) -> String {
    let mut cx = Ctx { b: line.as_bytes(), email_dead_until: 0 };
    let len = cx.b.len();
    let mut out = String::with_capacity(len);
    let (mut at, mut flushed) = (0usize, 0usize);
    while at < len {
        let hit = attempt::<Email>(&mut cx, at)
            .or_else(|| attempt::<Ssn>(&mut cx, at))
            .or_else(|| attempt::<Phone>(&mut cx, at))
            .or_else(|| attempt::<Card>(&mut cx, at));
        if let Some((end, tag)) = hit {
            out += &line[flushed..at];
            out += tag;
            at = end;
            flushed = end;
        } else {
            at += 1;
        }
    }
    out += &line[flushed..];
    out
}
