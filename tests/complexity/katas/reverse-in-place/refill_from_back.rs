// learner: slow
// why: reverse_in_place is O(n) extra space, target O(1): the text is moved out and s is refilled char by char into a fresh buffer
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let original = std::mem::take(s);
    let mut end = original.len();
    while end > 0 {
        let mut start = end - 1;
        while !original.is_char_boundary(start) {
            start -= 1;
        }
        let c = original[start..end].chars().next().unwrap();
        s.push(c);
        end = start;
    }
}
