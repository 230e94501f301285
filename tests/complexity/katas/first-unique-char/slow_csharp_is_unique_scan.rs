// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): IsUnique walks the string by char_indices for every candidate
//! First non-repeating character: see README.md.

struct UniquenessChecker<'a> {
    text: &'a str,
}

impl<'a> UniquenessChecker<'a> {
    fn new(text: &'a str) -> Self {
        UniquenessChecker { text }
    }

    fn is_unique_at(&self, candidate_position: usize, candidate: char) -> bool {
        let mut other_positions = self.text.char_indices();
        while let Some((position, other)) = other_positions.next() {
            if position != candidate_position && other == candidate {
                return false;
            }
        }
        true
    }
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let checker = UniquenessChecker::new(s);
    for (candidate_position, candidate) in s.char_indices() {
        if checker.is_unique_at(candidate_position, candidate) {
            return Some(candidate);
        }
    }
    None
}
