// learner: slow
// why: reverse_in_place uses O(n) extra space, target O(1): pushes every char onto a Vec<char> stack, then pops them back into the cleared string
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
///
/// Must run in O(n) time with O(1) extra space: no second String or Vec.
pub fn reverse_in_place(s: &mut String) {
    let mut stack = Vec::<char>::new();
    for c in s.chars() {
        stack.push(c);
    }
    s.clear(); // keeps the capacity, so s itself is not reallocated
    while let Some(c) = stack.pop() {
        s.push(c);
    }
}
