// learner: optimal
// idiom: Idris-style: take the buffer, reverse all bytes, then repair each continuation run; loop invariants as comments, nested while
//! Reverse a UTF-8 string in place: see README.md.

/// A byte of the form 10xxxxxx.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // Invariant: bytes[..i] is valid UTF-8 in the final order.
    let mut i = 0;
    while i < bytes.len() {
        if is_continuation(bytes[i]) {
            // After a full reversal a char reads as: continuation run, then its lead byte.
            let mut j = i;
            while is_continuation(bytes[j]) {
                j += 1;
            }
            // bytes[j] is the lead byte (exists: the input was valid UTF-8).
            bytes[i..=j].reverse();
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => unreachable!("each char's bytes were restored to their order"),
    };
}
