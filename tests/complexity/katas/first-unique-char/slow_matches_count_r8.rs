// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): s.matches(c).count() rescans the string for every char
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars().find(|&c| s.matches(c).count() == 1)
}
