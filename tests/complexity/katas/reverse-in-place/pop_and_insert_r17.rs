// learner: slow
// why: reverse_in_place is O(n^2) time, target O(n): pops the last char and inserts it at a moving cursor, and each String::insert shifts the tail
//! Reverse a UTF-8 string in place: see README.md.

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    // no second buffer: move chars from the back to the front, one at a time
    let total = s.len();
    let mut cursor = 0;
    while cursor < total {
        let c = match s.pop() {
            Some(c) => c,
            None => break,
        };
        s.insert(cursor, c);
        cursor += c.len_utf8();
    }
}
