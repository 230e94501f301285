// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at the front of the unreversed part; every insert shifts the rest of the buffer
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let count = s.chars().count();
    let mut done = 0; // bytes already in final position at the front
    for _ in 0..count {
        let c = s.pop().unwrap();
        s.insert(done, c);
        done += c.len_utf8();
    }
}
