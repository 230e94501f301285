// Counting with a HashMap then scanning the input again: linear.
// expect first_unique: time O(n), space O(n)
use std::collections::HashMap;
pub fn first_unique(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    s.chars().find(|c| counts[c] == 1)
}
