// learner: optimal
// idiom: documented senior style, fix up each char first then reverse whole buffer, private helpers with manual swaps and debug_assert
//! Reverse a UTF-8 string in place: see README.md.

/// Whether `byte` is a UTF-8 continuation byte (`10xxxxxx`).
fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

/// Length in bytes of the UTF-8 sequence introduced by the lead byte `lead`.
fn encoded_len(lead: u8) -> usize {
    debug_assert!(!is_continuation(lead), "not a lead byte: {lead:#04x}");
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Reverses `bytes[lo..hi]` with pairwise swaps.
fn reverse_range(bytes: &mut [u8], mut lo: usize, mut hi: usize) {
    debug_assert!(lo <= hi && hi <= bytes.len());
    while lo + 1 < hi {
        hi -= 1;
        bytes.swap(lo, hi);
        lo += 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Two passes over the same allocation: first each multi-byte character has
/// its bytes reversed, then the whole buffer is reversed, which restores every
/// character's byte order while reversing the order of the characters.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let len = bytes.len();

    let mut at = 0;
    while at < len {
        let width = encoded_len(bytes[at]);
        debug_assert!(at + width <= len, "truncated sequence at {at}");
        reverse_range(&mut bytes, at, at + width);
        at += width;
    }
    reverse_range(&mut bytes, 0, len);

    *s = String::from_utf8(bytes).expect("each character was restored to its own byte order");
}
