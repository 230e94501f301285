// learner: optimal
// idiom: Scala/cats flavour: combinator pipeline, slice::reverse then chunk_by_mut groups each char and for_each flips it, Result::map to put the buffer back
//! Reverse a UTF-8 string in place: see README.md.

const fn continues(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // after the mirror, a char is a run of continuation bytes closed by its lead byte
    bytes
        .chunk_by_mut(|prev, _next| continues(*prev))
        .for_each(<[u8]>::reverse);
    *s = String::from_utf8(bytes)
        .map_err(|e| e.utf8_error())
        .expect("every char was restored");
}
