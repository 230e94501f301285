// learner: slow
// why: reverse_in_place is O(n) space, target O(1): builds a reversed copy by pushing chars into a fresh String from the end
pub fn reverse_in_place(s: &mut String) {
    let mut out = String::with_capacity(s.len());
    let mut end = s.len();
    while end > 0 {
        let mut start = end - 1;
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        out.push_str(&s[start..end]);
        end = start;
    }
    *s = out;
}
