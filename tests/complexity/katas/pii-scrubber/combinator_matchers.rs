// learner: optimal
// idiom: Clojure developer: tiny parser combinators (digits, lit, seq, alt) composed into data-like shape definitions, matchers tried in order with find_map, failed e-mail runs remembered
//! PII scrubber for log lines: see README.md.

pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

/// A parser: from a position, maybe the position after what it matched.
type P = Box<dyn Fn(&[u8], usize) -> Option<usize>>;

fn digits(n: usize) -> P {
    Box::new(move |s, i| (s.len() >= i + n && s[i..i + n].iter().all(u8::is_ascii_digit)).then_some(i + n))
}

fn lit(text: &'static str) -> P {
    Box::new(move |s, i| s[i..].starts_with(text.as_bytes()).then_some(i + text.len()))
}

fn seq(parts: Vec<P>) -> P {
    Box::new(move |s, i| parts.iter().try_fold(i, |at, p| p(s, at)))
}

fn alt(options: Vec<P>) -> P {
    Box::new(move |s, i| options.iter().find_map(|p| p(s, i)))
}

fn opt(p: P) -> P {
    Box::new(move |s, i| Some(p(s, i).unwrap_or(i)))
}

fn word(b: &u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Wraps a parser so that its match must not touch letters or digits on either side.
fn bounded(p: P) -> P {
    Box::new(move |s, i| {
        if i > 0 && word(&s[i - 1]) {
            return None;
        }
        p(s, i).filter(|&end| s.get(end).map_or(true, |b| !word(b)))
    })
}

fn ssn() -> P {
    bounded(seq(vec![digits(3), lit("-"), digits(2), lit("-"), digits(4)]))
}

fn phone() -> P {
    let sep = |c: &'static str| seq(vec![digits(3), lit(c), digits(3), lit(c), digits(4)]);
    let body = alt(vec![
        sep("-"),
        sep("."),
        sep(" "),
        seq(vec![lit("("), digits(3), lit(") "), digits(3), lit("-"), digits(4)]),
    ]);
    bounded(seq(vec![opt(alt(vec![lit("+1 "), lit("+1-")])), body]))
}

fn luhn(ds: impl DoubleEndedIterator<Item = u32>) -> bool {
    ds.rev()
        .enumerate()
        .map(|(k, d)| if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d })
        .sum::<u32>()
        % 10
        == 0
}

fn digit_values(s: &[u8]) -> impl DoubleEndedIterator<Item = u32> + '_ {
    s.iter().filter(|b| b.is_ascii_digit()).map(|b| u32::from(b - b'0'))
}

fn card() -> P {
    let run: P = Box::new(|s, i| {
        let n = s[i..].iter().take(20).take_while(|b| b.is_ascii_digit()).count();
        (13..=19).contains(&n).then_some(i + n)
    });
    let grouped = |c: &'static str| seq(vec![digits(4), lit(c), digits(4), lit(c), digits(4), lit(c), digits(4)]);
    let shape = bounded(alt(vec![run, grouped(" "), grouped("-")]));
    Box::new(move |s, i| shape(s, i).filter(|&end| luhn(digit_values(&s[i..end]))))
}

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && luhn(digit_values(digits.as_bytes()))
}

fn local(b: &u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-".contains(b)
}

fn domain_end(s: &[u8], start: usize) -> Option<usize> {
    let raw = s[start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'.' || **b == b'-').count();
    let len = s[start..start + raw].iter().rposition(|b| *b != b'.').map_or(0, |p| p + 1);
    let dom = &s[start..start + len];
    let tld = dom.rsplit(|b| *b == b'.').next()?;
    let ok = dom.first().is_some_and(u8::is_ascii_alphanumeric)
        && dom.contains(&b'.')
        && tld.len() >= 2
        && tld.iter().all(u8::is_ascii_alphabetic);
    ok.then_some(start + len)
}

pub fn scrub(line: &str) -> String {
    let s = line.as_bytes();
    let shapes: [(P, &str); 3] = [(ssn(), SSN), (phone(), PHONE), (card(), CARD)];
    let mut out = String::with_capacity(line.len());
    let (mut i, mut kept) = (0, 0);
    // Start positions before `dead` cannot begin an e-mail: they share a failed local-part run.
    let mut dead = 0;
    while i < s.len() {
        let email = if i >= dead {
            let j = i + s[i..].iter().take_while(|b| local(b)).count();
            let hit = (j > i && s.get(j) == Some(&b'@')).then(|| domain_end(s, j + 1)).flatten();
            if hit.is_none() {
                dead = j;
            }
            hit.map(|end| (end, EMAIL))
        } else {
            None
        };
        match email.or_else(|| shapes.iter().find_map(|(p, label)| p(s, i).map(|end| (end, *label)))) {
            Some((end, label)) => {
                out.push_str(&line[kept..i]);
                out.push_str(label);
                kept = end;
                i = end;
            }
            None => i += 1,
        }
    }
    out + &line[kept..]
}
