// learner: optimal
// idiom: textbook two passes: HashMap<char, usize> counts with entry().or_insert, then chars().find
use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut occurrence_counts: HashMap<char, usize> = HashMap::new();
    for character in s.chars() {
        *occurrence_counts.entry(character).or_insert(0) += 1;
    }
    s.chars().find(|character| occurrence_counts[character] == 1)
}
