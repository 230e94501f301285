// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): s.matches(c).count() re-searches the whole string for every char
pub fn first_unique_char(s: &str) -> Option<char> {
    for c in s.chars() {
        if s.matches(c).count() == 1 {
            return Some(c);
        }
    }
    None
}
