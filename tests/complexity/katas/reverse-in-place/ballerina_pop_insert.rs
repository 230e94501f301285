// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at the front cursor, shifting the rest of the string each time
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    // Move characters one by one from the tail to a growing "done" prefix.
    let mut done = 0;
    while done < s.len() {
        let last = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(done, last);
        done += last.len_utf8();
    }
}
