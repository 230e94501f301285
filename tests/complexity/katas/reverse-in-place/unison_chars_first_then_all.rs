// learner: optimal
// idiom: Unison: the other order of the same two passes — first flip each char's own bytes (its width read off the lead byte by a total match), then flip the whole buffer with std's slice reverse
//! Reverse a UTF-8 string in place.

/// Width of a UTF-8 character from its lead byte.
fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    // pass 1: each char's bytes backwards ("héllo" -> h, A9 C3, l, l, o)
    let mut at = 0;
    while at < bytes.len() {
        let w = utf8_width(bytes[at]);
        bytes[at..at + w].reverse();
        at += w;
    }
    // pass 2: the whole thing backwards, which puts every char right again
    bytes.reverse();
    *s = String::from_utf8(bytes).unwrap();
}
