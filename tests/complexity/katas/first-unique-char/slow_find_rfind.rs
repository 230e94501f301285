// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): s.find(c) == s.rfind(c) rescans the string for every character
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    for (i, c) in s.char_indices() {
        if s.find(c) == Some(i) && s.rfind(c) == Some(i) {
            return Some(c);
        }
    }
    None
}
