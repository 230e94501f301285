// learner: slow
// why: first_unique_char is O(n*k) time (O(n^2) with many distinct chars), target O(n): after counting, picks the unique char with min_by_key(|c| s.find(c)), a fresh scan of the string per unique char
//! First non-repeating character.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for ch in s.chars() {
        *counts.entry(ch).or_insert(0) += 1;
    }
    counts
        .iter()
        .filter(|(_, &n)| n == 1)
        .map(|(&c, _)| c)
        .min_by_key(|&c| s.find(c))
}
