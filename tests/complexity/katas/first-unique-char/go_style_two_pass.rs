// learner: optimal
// idiom: Go-style: HashMap<char, usize> counts filled by a for loop, second for loop with early return
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        let n = counts.entry(c).or_insert(0);
        *n += 1;
    }
    for c in s.chars() {
        if counts[&c] == 1 {
            return Some(c);
        }
    }
    None
}
