// learner: optimal
// idiom: HashMap<char, usize> filled with entry().or_insert, then a second pass with chars().find
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    s.chars().find(|c| counts[c] == 1)
}
