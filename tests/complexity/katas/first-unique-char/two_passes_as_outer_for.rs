// learner: optimal
// idiom: `for pass in 0..2 { for c in s.chars() {..} }` — nested for whose outer loop runs a constant 2 times: O(n)
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for pass in 0..2 {
        for c in s.chars() {
            if pass == 0 {
                *counts.entry(c).or_insert(0) += 1;
            } else if counts[&c] == 1 {
                return Some(c);
            }
        }
    }
    None
}
