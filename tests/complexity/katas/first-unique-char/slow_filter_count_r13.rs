// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): counts each char by re-scanning the whole string inside find
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| s.chars().filter(|&other| other == c).count() == 1)
}
