// learner: slow
// why: reverse_in_place is O(n) space, target O(1): keeps a full copy of the text and rebuilds s from it char by char, back to front
pub fn reverse_in_place(s: &mut String) {
    let original = s.clone();
    s.clear();
    let mut end = original.len();
    while end > 0 {
        let mut start = end - 1;
        while !original.is_char_boundary(start) {
            start -= 1;
        }
        s.push_str(&original[start..end]);
        end = start;
    }
}
