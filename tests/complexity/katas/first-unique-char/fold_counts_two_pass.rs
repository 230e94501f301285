// learner: optimal
// idiom: F# pipeline: fold the chars into a HashMap of counts, then find the first with count 1
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let counts = s.chars().fold(HashMap::new(), |mut acc: HashMap<char, u32>, c| {
        *acc.entry(c).or_insert(0) += 1;
        acc
    });
    s.chars().find(|c| counts.get(c).copied() == Some(1))
}
