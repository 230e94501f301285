// learner: optimal
// idiom: Unison: `zip` the front half with the reversed back half through `iter_mut`, like zipping two views of one list; the fix-up walks the buffer by `split_at_mut` windows, each a pure step returning the next index
//! Reverse a UTF-8 string in place.

fn swap_halves(bytes: &mut [u8]) {
    let half = bytes.len() / 2;
    let (front, back) = bytes.split_at_mut(half);
    let back_len = back.len();
    // the middle byte of an odd length stays where it is
    let back = &mut back[back_len - half..];
    for (a, b) in front.iter_mut().zip(back.iter_mut().rev()) {
        std::mem::swap(a, b);
    }
}

/// One step of the fix-up starting at `i`: returns where the next char starts.
fn fix_one(bytes: &mut [u8], i: usize) -> usize {
    let run = bytes[i..].iter().take_while(|&&b| b & 0xC0 == 0x80).count();
    if run > 0 {
        swap_halves(&mut bytes[i..=i + run]);
    }
    i + run + 1
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut bytes = std::mem::take(s).into_bytes();
    swap_halves(&mut bytes);
    let mut i = 0;
    while i < bytes.len() {
        i = fix_one(&mut bytes, i);
    }
    *s = String::from_utf8(bytes).unwrap();
}
