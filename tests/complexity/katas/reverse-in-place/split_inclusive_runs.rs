// learner: optimal
// idiom: Smalltalk-style do: over chunks: reverse all bytes, then split_inclusive_mut at lead bytes and reverse each chunk; tiny predicate helper
//! Reverse a UTF-8 string in place: see README.md.

fn is_lead_byte(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // after the flip every char reads "continuations..., lead": one chunk each
    bytes
        .split_inclusive_mut(|&b| is_lead_byte(b))
        .for_each(|char_bytes| char_bytes.reverse());
    *s = String::from_utf8(bytes).expect("each char's bytes were restored");
}
