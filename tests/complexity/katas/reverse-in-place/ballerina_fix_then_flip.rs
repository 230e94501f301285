// learner: optimal
// idiom: Ballerina-style small named helpers: first flip each char's own bytes (width from the lead byte), then slice::reverse the whole buffer
//! Reverse a UTF-8 string in place: see README.md.

/// Byte length of the UTF-8 sequence that starts with `lead`.
fn encoded_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Reverses the bytes of every multi-byte character where it stands.
fn flip_each_char(buffer: &mut [u8]) {
    let mut cursor = 0;
    while cursor < buffer.len() {
        let width = encoded_width(buffer[cursor]);
        if width > 1 {
            buffer[cursor..cursor + width].reverse();
        }
        cursor += width;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut payload = std::mem::take(s).into_bytes();
    flip_each_char(&mut payload);
    payload.reverse();
    *s = match String::from_utf8(payload) {
        Ok(text) => text,
        Err(_) => unreachable!("reversing whole characters keeps UTF-8 valid"),
    };
}
