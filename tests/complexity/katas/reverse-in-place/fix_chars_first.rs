// learner: optimal
// idiom: other order: reverse each multi-byte char by its lead-byte width (match on leading ones) first, then the whole buffer
//! Reverse a UTF-8 string in place: see README.md.

fn char_width(lead: u8) -> usize {
    match lead.leading_ones() {
        0 => 1,
        2 => 2,
        3 => 3,
        4 => 4,
        _ => unreachable!("not a lead byte: {lead:#x}"),
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut raw = std::mem::take(s).into_bytes();
    let mut at = 0;
    while at < raw.len() {
        let w = char_width(raw[at]);
        raw[at..at + w].reverse();
        at += w;
    }
    raw.reverse();
    *s = match String::from_utf8(raw) {
        Ok(text) => text,
        Err(e) => panic!("reversal produced invalid UTF-8: {e}"),
    };
}
