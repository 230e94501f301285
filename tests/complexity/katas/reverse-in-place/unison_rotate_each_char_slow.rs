// learner: slow
// idiom: Unison: "take the head char and snoc it onto the end" (`c +: rest  ->  rest :+ c`) done in place with `rotate_left` on a shrinking suffix
// why: each char is moved by rotating the whole unreversed part of the buffer, O(n) per char: O(n^2) time (O(1) extra space)
//! Reverse a UTF-8 string in place.

fn width_of(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    // invariant: bytes[..end] is still in input order, bytes[end..] is the
    // reversed tail built so far. Moving the first char to just before the
    // built tail is `rest :+ c`.
    let mut end = bytes.len();
    while end > 0 {
        let w = width_of(bytes[0]);
        bytes[..end].rotate_left(w);
        end -= w;
    }
    *s = String::from_utf8(bytes).unwrap();
}
