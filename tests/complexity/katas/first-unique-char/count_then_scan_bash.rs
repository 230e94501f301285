// learner: optimal
// idiom: Bash scripter: associative-array tally (declare -A count) in one for loop, then a second for loop to print the first with count 1
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut count: HashMap<char, u32> = HashMap::new();
    for c in s.chars() {
        *count.entry(c).or_insert(0) += 1;
    }
    for c in s.chars() {
        if count[&c] == 1 {
            return Some(c);
        }
    }
    None
}
