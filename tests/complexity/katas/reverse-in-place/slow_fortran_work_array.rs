// learner: slow
// why: reverse_in_place uses O(n) extra space, target O(1): copies each character into a preallocated work array at its mirrored offset
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let n = s.len();
    let src = s.as_bytes();
    let mut work = vec![0u8; n];
    let mut i = 0;
    while i < n {
        let b = src[i];
        let w = if b < 0x80 {
            1
        } else if b < 0xE0 {
            2
        } else if b < 0xF0 {
            3
        } else {
            4
        };
        // the char at [i, i + w) goes to [n - i - w, n - i)
        for k in 0..w {
            work[n - i - w + k] = src[i + k];
        }
        i += w;
    }
    *s = String::from_utf8(work).unwrap();
}
