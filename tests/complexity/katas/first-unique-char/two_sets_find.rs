// learner: optimal
// idiom: two HashSets (seen / repeated) filled with insert's return value, second pass chars().find on !repeated.contains
//! First non-repeating character.

use std::collections::HashSet;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen = HashSet::new();
    let mut repeated = HashSet::new();
    for c in s.chars() {
        if !seen.insert(c) {
            repeated.insert(c);
        }
    }
    s.chars().find(|c| !repeated.contains(c))
}
