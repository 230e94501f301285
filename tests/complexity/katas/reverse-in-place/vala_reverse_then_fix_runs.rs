// learner: optimal
// idiom: vala: take the buffer out, reverse all bytes, then re-reverse each run of continuation bytes plus its lead byte
// why: two linear passes of in-place swaps over the one buffer, O(n) time; only a few indices, O(1) extra space
//! Reverse a UTF-8 string in place: see README.md.

fn is_continuation(b: u8) -> bool {
    (b & 0xC0) == 0x80
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    if s.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    let len = bytes.len();
    let mut i = 0;
    while i < len {
        if is_continuation(bytes[i]) {
            let mut j = i;
            while j < len && is_continuation(bytes[j]) {
                j += 1;
            }
            // bytes[j] is now the lead byte of this character
            bytes[i..=j].reverse();
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(bytes).expect("fixed-up bytes are valid UTF-8");
}
