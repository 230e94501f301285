// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for each char it counts its occurrences with another pass over s (filter().count())
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars().find(|&c| s.chars().filter(|&other| other == c).count() == 1)
}
