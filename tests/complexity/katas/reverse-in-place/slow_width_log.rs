// learner: slow
// why: reverse_in_place is O(n) space, target O(1): it first records every char's byte width in a Vec<u8>, then uses that log (read backwards) to repair the flipped buffer
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut widths: Vec<u8> = Vec::new();
    for c in s.chars() {
        widths.push(c.len_utf8() as u8);
    }
    let mut bytes = std::mem::take(s).into_bytes();
    bytes.reverse();
    let mut pos = 0;
    let mut k = widths.len();
    while k > 0 {
        k -= 1;
        let w = widths[k] as usize;
        bytes[pos..pos + w].reverse();
        pos += w;
    }
    *s = String::from_utf8(bytes).unwrap();
}
