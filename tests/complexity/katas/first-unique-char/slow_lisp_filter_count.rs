// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for each char it re-filters the whole string to count its twins
//! First non-repeating character: see README.md.

fn occurrences(s: &str, c: char) -> usize {
    s.chars().filter(|&d| d == c).count()
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars().find(|&c| occurrences(s, c) == 1)
}
