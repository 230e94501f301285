// learner: optimal
// idiom: Unison: two small total passes over one buffer — `reverseRange` by two converging indices, then a scan that re-reverses each continuation-byte run with its lead byte
//! Reverse a UTF-8 string in place.

/// `10xxxxxx`: the middle of a multi-byte character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Reverses `bytes[lo..hi]` by swapping from both ends inwards.
fn reverse_range(bytes: &mut [u8], lo: usize, hi: usize) {
    let (mut i, mut j) = (lo, hi);
    while i + 1 < j {
        j -= 1;
        bytes.swap(i, j);
        i += 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    let n = bytes.len();
    reverse_range(&mut bytes, 0, n);
    // now every char reads "continuations, then lead byte": flip each run back
    let mut i = 0;
    while i < n {
        if is_continuation(bytes[i]) {
            let mut j = i;
            while is_continuation(bytes[j]) {
                j += 1;
            }
            // bytes[j] is the lead byte of this char
            reverse_range(&mut bytes, i, j + 1);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(bytes).expect("reversing whole chars keeps UTF-8 valid");
}
