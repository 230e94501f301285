// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): recounts the whole string with filter().count() for every char
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| s.chars().filter(|&other| other == c).count() == 1)
}
