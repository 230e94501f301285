// learner: optimal
// idiom: functional: fix each char first with a fold over byte positions carrying the start of the current char, then reverse the whole slice
//! Reverse a string in place.

fn char_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let n = bytes.len();
    // reverse the bytes of every char: a char ends where the next start byte (or the end) is
    let last_start = (1..n).fold(0usize, |start, i| {
        if char_start(bytes[i]) {
            bytes[start..i].reverse();
            i
        } else {
            start
        }
    });
    if n > 0 {
        bytes[last_start..].reverse();
    }
    bytes.reverse();
    *s = String::from_utf8(bytes).unwrap_or_default();
}
