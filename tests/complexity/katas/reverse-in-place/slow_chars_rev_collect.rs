// learner: slow
// why: reverse_in_place is O(n) space, target O(1): collects the reversed chars into a second String
pub fn reverse_in_place(s: &mut String) {
    *s = s.chars().rev().collect();
}
