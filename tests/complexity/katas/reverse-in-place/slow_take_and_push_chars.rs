// learner: slow
// why: reverse_in_place is O(n) space, target O(1): takes the String out and pushes its chars from the back into a fresh buffer with the same capacity
pub fn reverse_in_place(s: &mut String) {
    let old = std::mem::take(s);
    s.reserve(old.len());
    let mut end = old.len();
    while end > 0 {
        let mut start = end - 1;
        while !old.is_char_boundary(start) {
            start -= 1;
        }
        s.push_str(&old[start..end]);
        end = start;
    }
}
