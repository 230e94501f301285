// learner: optimal
// idiom: take the buffer, reverse it, then group each reversed char with slice::chunk_by_mut (continuation bytes glue to the next byte) and reverse every group
//! Reverse a UTF-8 string in place: see README.md.

fn is_continuation(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // after the flip each char reads [continuation..., lead]
    for group in bytes.chunk_by_mut(|&a, _| is_continuation(a)) {
        group.reverse();
    }
    *s = String::from_utf8(bytes).expect("a reversed sequence of whole chars is valid UTF-8");
}
