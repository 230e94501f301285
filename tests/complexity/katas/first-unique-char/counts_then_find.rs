// learner: optimal
// idiom: Raku-flavoured: fold the chars into a bag (HashMap counts), then a lazy .find over the chars
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let bag = s.chars().fold(HashMap::new(), |mut bag, c| {
        *bag.entry(c).or_insert(0usize) += 1;
        bag
    });
    s.chars().find(|c| bag[c] == 1)
}
