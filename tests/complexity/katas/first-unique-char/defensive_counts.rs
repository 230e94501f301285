// learner: optimal
// idiom: defensive beginner: early return on empty, explicit match on the entry, second pass with explicit match on the count
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        match counts.get_mut(&c) {
            Some(count) => {
                *count += 1;
            }
            None => {
                counts.insert(c, 1);
            }
        }
    }
    for c in s.chars() {
        match counts.get(&c) {
            Some(1) => return Some(c),
            Some(_) => continue,
            None => continue,
        }
    }
    None
}
