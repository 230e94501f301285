// learner: optimal
// idiom: high-level: HashMap counts via fold, then chars().find on the counts
use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    let counts = s.chars().fold(HashMap::new(), |mut m: HashMap<char, u32>, c| {
        *m.entry(c).or_default() += 1;
        m
    });
    s.chars().find(|c| counts.get(c) == Some(&1))
}
