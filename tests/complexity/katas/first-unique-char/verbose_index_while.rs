// learner: optimal
// idiom: beginner-verbose: collect chars into a Vec, two manual index while loops, contains_key/get_mut counting
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let letters: Vec<char> = s.chars().collect();
    let mut seen: HashMap<char, u32> = HashMap::new();
    let mut i = 0;
    while i < letters.len() {
        let c = letters[i];
        if seen.contains_key(&c) {
            let slot = seen.get_mut(&c).unwrap();
            *slot = *slot + 1;
        } else {
            seen.insert(c, 1);
        }
        i = i + 1;
    }
    let mut j = 0;
    while j < letters.len() {
        let c = letters[j];
        if seen[&c] == 1 {
            return Some(c);
        }
        j = j + 1;
    }
    None
}
