// learner: slow
// why: reverse_in_place is O(n) space, target O(1): it walks char boundaries from the end and copies each char into a second String
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut out = String::new();
    let mut end = s.len();
    while end > 0 {
        let mut start = end - 1;
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        out += &s[start..end];
        end = start;
    }
    *s = out;
}
