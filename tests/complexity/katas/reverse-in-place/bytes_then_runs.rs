// learner: optimal
// idiom: Idris dependent-types fan: a predicate `is_continuation` carries the UTF-8 invariant; reverse all bytes, then each run "continuations + lead" is reversed back; from_utf8 re-establishes the String proof
//! Reverse a UTF-8 string in place: see README.md.

/// `10xxxxxx`: a byte that is never the first of a character.
fn is_continuation(b: u8) -> bool {
    b & 0b1100_0000 == 0b1000_0000
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // After the full reversal each character reads "continuations..., lead".
    let mut start = 0;
    while start < bytes.len() {
        let mut end = start;
        while is_continuation(bytes[end]) {
            end += 1;
        }
        bytes[start..=end].reverse();
        start = end + 1;
    }
    *s = String::from_utf8(bytes).expect("reversing each char's bytes back restores valid UTF-8");
}
