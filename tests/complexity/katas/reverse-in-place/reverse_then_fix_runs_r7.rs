// learner: optimal
// idiom: modern Rust, mem::take + into_bytes, slice reverse() for the whole buffer and each continuation run
//! Reverse a UTF-8 string in place: see README.md.

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // every char now reads as: continuation bytes, then its lead byte
    let mut i = 0;
    while i < bytes.len() {
        if is_continuation(bytes[i]) {
            let start = i;
            while is_continuation(bytes[i]) {
                i += 1;
            }
            bytes[start..=i].reverse();
        }
        i += 1;
    }
    *s = String::from_utf8(bytes).expect("fixed-up reversal is valid UTF-8");
}
