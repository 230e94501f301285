// learner: optimal
// idiom: PHP-style "assoc array" of counts via entry API, two foreach passes, early return
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    // like array_count_values()
    let mut counts: HashMap<char, usize> = HashMap::new();
    for ch in s.chars() {
        *counts.entry(ch).or_insert(0) += 1;
    }
    for ch in s.chars() {
        if counts[&ch] == 1 {
            return Some(ch);
        }
    }
    None
}
