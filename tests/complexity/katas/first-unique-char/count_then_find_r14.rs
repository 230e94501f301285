// learner: optimal
// idiom: APL-ish reduction: fold the chars into a HashMap of counts, then a find over the same char stream
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let tally = s.chars().fold(HashMap::new(), |mut m: HashMap<char, u32>, c| {
        *m.entry(c).or_default() += 1;
        m
    });
    s.chars().find(|c| tally[c] == 1)
}
