// learner: optimal
// idiom: data-engineer style: take the buffer out, bytes.reverse(), then fix up each run of continuation bytes with a while loop and a helper predicate
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    // each multi-byte char now reads: continuation bytes..., lead byte
    let mut start = 0;
    while start < bytes.len() {
        if is_continuation(bytes[start]) {
            let mut end = start;
            while is_continuation(bytes[end]) {
                end += 1;
            }
            bytes[start..=end].reverse();
            start = end + 1;
        } else {
            start += 1;
        }
    }
    *s = String::from_utf8(bytes).expect("every char was restored");
}
