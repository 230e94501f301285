// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): every char is counted by re-filtering the whole string
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| s.chars().filter(|&d| d == c).count() == 1)
}
