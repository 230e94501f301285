// learner: optimal
// idiom: other order: reverse each char's bytes first (length from the lead byte), then reverse the whole buffer by zipping the two halves (iter_mut + rev) via split_at_mut
//! Reverse a UTF-8 string in place: see README.md.

use std::mem;

fn utf8_width(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut owned = String::new();
    mem::swap(s, &mut owned);
    let mut buf = owned.into_bytes();

    let mut at = 0;
    while at < buf.len() {
        let w = utf8_width(buf[at]);
        buf[at..at + w].reverse();
        at += w;
    }

    let len = buf.len();
    let half = len / 2;
    let (front, back) = buf.split_at_mut(len - half);
    for (x, y) in front.iter_mut().zip(back.iter_mut().rev()) {
        mem::swap(x, y);
    }

    *s = match String::from_utf8(buf) {
        Ok(text) => text,
        Err(_) => unreachable!("every character was restored"),
    };
}
