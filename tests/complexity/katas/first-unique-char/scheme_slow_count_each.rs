// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): every candidate char is counted by its own full scan of the string
/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars().find(|&c| occurrences_of(s, c) == 1)
}

/// How many times `c` appears in `s`.
fn occurrences_of(s: &str, c: char) -> usize {
    s.chars().filter(|&d| d == c).count()
}
