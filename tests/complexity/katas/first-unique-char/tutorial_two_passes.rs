// learner: optimal
// idiom: hobbyist two for-loops over s.chars() with a HashMap counter and a mutable answer variable
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counter: HashMap<char, i32> = HashMap::new();
    for c in s.chars() {
        let old = counter.get(&c).cloned().unwrap_or(0);
        let new_count = old + 1;
        counter.insert(c, new_count);
    }
    let mut answer: Option<char> = None;
    for c in s.chars() {
        let how_many = counter[&c];
        if how_many == 1 {
            answer = Some(c);
            break;
        }
    }
    answer
}
