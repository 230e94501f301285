// learner: optimal
// idiom: SRE: HashMap entry counter in a for loop, then chars().find on a second pass
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    s.chars().find(|c| counts[c] == 1)
}
