// learner: optimal
// idiom: TypeScript/Node backend developer: the other order — first reverse each char's bytes using the width read from its lead byte (leading_ones, like a utf8 width lookup), then mirror the buffer with swap from both ends
// why:
//! Reverse a UTF-8 string in place: see README.md.

/// Number of bytes of the UTF-8 sequence that starts with `lead`.
fn utf8Width(lead: u8) -> usize {
    match lead.leading_ones() {
        0 => 1,
        n => n as usize,
    }
}

pub fn reverse_in_place(s: &mut String) {
    let mut buffer = std::mem::take(s).into_bytes();

    let mut pos = 0;
    while pos < buffer.len() {
        let width = utf8Width(buffer[pos]);
        buffer[pos..pos + width].reverse();
        pos += width;
    }

    let len = buffer.len();
    for i in 0..len / 2 {
        buffer.swap(i, len - 1 - i);
    }

    *s = String::from_utf8(buffer).unwrap_or_else(|e| panic!("invalid UTF-8 after reversal: {e}"));
}
