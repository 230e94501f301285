// learner: optimal
// idiom: intermediate: HashMap<char,bool> "seen again" flag via entry().and_modify, plain for loops with early return
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen: HashMap<char, bool> = HashMap::new();
    for c in s.chars() {
        seen.entry(c).and_modify(|dup| *dup = true).or_insert(false);
    }
    for c in s.chars() {
        if !seen[&c] {
            return Some(c);
        }
    }
    None
}
