// learner: optimal
// idiom: Swift-style guard on empty input, HashMap<char, usize> counts, then chars().find with a lookup
use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let counts = tally(s);
    s.chars().find(|c| counts.get(c).copied() == Some(1))
}

fn tally(s: &str) -> HashMap<char, usize> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    counts
}
