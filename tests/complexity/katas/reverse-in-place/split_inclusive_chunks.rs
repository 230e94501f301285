// learner: optimal
// idiom: ReScript-ish pipeline: reverse the byte Vec, then split_inclusive_mut at lead bytes and reverse each chunk with for_each
//! Reverse a UTF-8 string in place: see README.md.

const fn is_lead(b: &u8) -> bool {
    *b & 0b1100_0000 != 0b1000_0000
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut buf = std::mem::take(s).into_bytes();
    buf.reverse();
    // after the flip every char is "continuations.., lead": a chunk ending at a lead byte
    buf.split_inclusive_mut(is_lead).for_each(|ch| ch.reverse());
    *s = String::from_utf8(buf).unwrap_or_default();
}
