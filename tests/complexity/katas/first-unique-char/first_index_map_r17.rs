// learner: optimal
// idiom: V-style single pass over the string storing first index or a "twice" marker, then a scan of the k-sized map
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const TWICE: usize = usize::MAX;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first: HashMap<char, usize> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        match first.get_mut(&c) {
            Some(pos) => *pos = TWICE,
            None => {
                first.insert(c, i);
            }
        }
    }
    let mut best_i = TWICE;
    let mut best_c = ' ';
    for (c, i) in first {
        if i < best_i {
            best_i = i;
            best_c = c;
        }
    }
    if best_i == TWICE {
        return None;
    }
    Some(best_c)
}
