// learner: optimal
// idiom: Ruby-style: fold chars into a tally hash, then chars().find with a closure
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let tally = s.chars().fold(HashMap::<char, usize>::new(), |mut h, c| {
        *h.entry(c).or_insert(0) += 1;
        h
    });
    s.chars().find(|c| tally[c] == 1)
}
