// learner: optimal
// idiom: shapes described as template strings ("ddd-dd-dddd"), matched by one generic helper; iterator-based Luhn
pub const EMAIL: &str = "[EMAIL]";
pub const SSN: &str = "[SSN]";
pub const PHONE: &str = "[PHONE]";
pub const CARD: &str = "[CARD]";

const SSN_SHAPES: [&str; 1] = ["ddd-dd-dddd"];
const PHONE_SHAPES: [&str; 4] = ["ddd-ddd-dddd", "ddd.ddd.dddd", "ddd ddd dddd", "(ddd) ddd-dddd"];
const PHONE_PREFIXES: [&str; 3] = ["+1 ", "+1-", ""];
const CARD_SHAPES: [&str; 2] = ["dddd dddd dddd dddd", "dddd-dddd-dddd-dddd"];

pub fn luhn_valid(digits: &str) -> bool {
    !digits.is_empty()
        && digits.bytes().all(|c| c.is_ascii_digit())
        && digits
            .bytes()
            .rev()
            .map(|c| (c - b'0') as u32)
            .enumerate()
            .map(|(k, d)| if k % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d })
            .sum::<u32>()
            % 10
            == 0
}

/// Does `shape` match `text` at `at`? 'd' is any ASCII digit, every other byte is literal.
fn fits(text: &[u8], at: usize, shape: &str) -> bool {
    let s = shape.as_bytes();
    if at + s.len() > text.len() {
        return false;
    }
    s.iter().zip(&text[at..at + s.len()]).all(|(&want, &got)| match want {
        b'd' => got.is_ascii_digit(),
        lit => got == lit,
    })
}

fn free_after(text: &[u8], end: usize) -> bool {
    text.get(end).map_or(true, |c| !c.is_ascii_alphanumeric())
}

fn shaped(text: &[u8], at: usize, shapes: &[&str]) -> Option<usize> {
    shapes
        .iter()
        .map(|s| at + s.len())
        .zip(shapes)
        .find(|&(end, s)| fits(text, at, s) && free_after(text, end))
        .map(|(end, _)| end)
}

fn phone(text: &[u8], at: usize) -> Option<usize> {
    PHONE_PREFIXES.iter().find_map(|p| {
        if fits(text, at, p) {
            shaped(text, at + p.len(), &PHONE_SHAPES)
        } else {
            None
        }
    })
}

fn card(line: &str, at: usize) -> Option<usize> {
    let text = line.as_bytes();
    let run = text[at..].iter().take(20).take_while(|c| c.is_ascii_digit()).count();
    if (13..=19).contains(&run) && free_after(text, at + run) && luhn_valid(&line[at..at + run]) {
        return Some(at + run);
    }
    CARD_SHAPES.iter().find_map(|s| {
        let end = at + s.len();
        if !(fits(text, at, s) && free_after(text, end)) {
            return None;
        }
        let mut sum_digits = [b'0'; 16];
        text[at..end]
            .iter()
            .filter(|c| c.is_ascii_digit())
            .zip(sum_digits.iter_mut())
            .for_each(|(&c, slot)| *slot = c);
        let digits = std::str::from_utf8(&sum_digits).ok()?;
        if luhn_valid(digits) { Some(end) } else { None }
    })
}

fn local_byte(c: &u8) -> bool {
    c.is_ascii_alphanumeric() || b"._%+-".contains(c)
}

fn domain_byte(c: &u8) -> bool {
    c.is_ascii_alphanumeric() || *c == b'.' || *c == b'-'
}

/// (match end if any, end of the local-part run)
fn email(text: &[u8], at: usize) -> (Option<usize>, usize) {
    let run_end = at + text[at..].iter().take_while(|c| local_byte(c)).count();
    if run_end == at || text.get(run_end) != Some(&b'@') {
        return (None, run_end);
    }
    let d0 = run_end + 1;
    let mut d1 = d0 + text[d0..].iter().take_while(|c| domain_byte(c)).count();
    while d1 > d0 && text[d1 - 1] == b'.' {
        d1 -= 1;
    }
    let domain = &text[d0..d1];
    let good = match (domain.first(), domain.iter().rposition(|&c| c == b'.')) {
        (Some(first), Some(dot)) => {
            let tld = &domain[dot + 1..];
            first.is_ascii_alphanumeric() && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)
        }
        _ => false,
    };
    (if good { Some(d1) } else { None }, run_end)
}

pub fn scrub(line: &str) -> String {
    let text = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut last = 0;
    let mut skip_email_until = 0;
    let mut pos = 0;
    while pos < text.len() {
        let mut found = None;
        if pos >= skip_email_until {
            let (m, run_end) = email(text, pos);
            match m {
                Some(end) => found = Some((end, EMAIL)),
                None => skip_email_until = run_end,
            }
        }
        let boundary = pos == 0 || !text[pos - 1].is_ascii_alphanumeric();
        if found.is_none() && boundary {
            found = shaped(text, pos, &SSN_SHAPES)
                .map(|e| (e, SSN))
                .or_else(|| phone(text, pos).map(|e| (e, PHONE)))
                .or_else(|| card(line, pos).map(|e| (e, CARD)));
        }
        if let Some((end, tag)) = found {
            out += &line[last..pos];
            out += tag;
            last = end;
            pos = end;
        } else {
            pos += 1;
        }
    }
    out += &line[last..];
    out
}
