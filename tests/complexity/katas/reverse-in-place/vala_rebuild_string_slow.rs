// learner: slow
// idiom: vala: like building with a GString: walk the chars from the end by char boundaries and push_str them into a fresh String
// why: misses O(1) extra space: the new String grows to n bytes while the original is still held, O(n) extra memory
//! Reverse a UTF-8 string in place: see README.md.

pub fn reverse_in_place(s: &mut String) {
    let original = std::mem::take(s);
    let mut builder = String::new();
    let mut end = original.len();
    while end > 0 {
        let mut start = end - 1;
        while !original.is_char_boundary(start) {
            start -= 1;
        }
        builder.push_str(&original[start..end]);
        end = start;
    }
    *s = builder;
}
