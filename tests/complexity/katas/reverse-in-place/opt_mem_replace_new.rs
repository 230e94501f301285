// learner: optimal
// idiom: moves the buffer out with mem::replace(s, String::new()) (no allocation), reverses the bytes, repairs each char
//! Reverse a UTF-8 string in place: reverse the bytes, then repair each multi-byte char.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// O(n) time, O(1) extra space: the buffer is moved out and back, never copied.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::replace(s, String::new()).into_bytes();
    bytes.reverse();
    // Every multi-byte char now reads backwards: its continuation bytes, then its lead byte.
    let mut i = 0;
    while i < bytes.len() {
        if is_continuation(bytes[i]) {
            let start = i;
            while is_continuation(bytes[i]) {
                i += 1;
            }
            // `i` is the lead byte: put the char's bytes back in order.
            bytes[start..=i].reverse();
        }
        i += 1;
    }
    *s = String::from_utf8(bytes).expect("each char's bytes are back in order");
}

/// UTF-8 continuation bytes look like 0b10xx_xxxx.
fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}
