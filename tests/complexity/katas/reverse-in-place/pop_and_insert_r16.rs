// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): String::insert shifts the rest of the text for every char moved to the front
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    // Move the last char to position `at`, then the next last after it, ...
    let mut at = 0;
    while at < s.len() {
        let Some(c) = s.pop() else { break };
        s.insert(at, c);
        at += c.len_utf8();
    }
}
