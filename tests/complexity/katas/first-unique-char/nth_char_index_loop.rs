// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): Odin habit of indexing the string, but chars().nth(i) re-walks the UTF-8 from the start for every i
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, u32> = HashMap::new();
    let mut len = 0;
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
        len += 1;
    }
    for i in 0..len {
        let c = s.chars().nth(i).unwrap();
        if counts[&c] == 1 {
            return Some(c);
        }
    }
    None
}
