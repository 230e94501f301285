// learner: optimal
// idiom: Rust enthusiast: generic counting helper over any Iterator<Item = K: Hash + Eq>, fold into the map, then find
//! First non-repeating character: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

fn tally<K, I>(items: I) -> HashMap<K, u32>
where
    K: Hash + Eq,
    I: IntoIterator<Item = K>,
{
    items.into_iter().fold(HashMap::new(), |mut m, k| {
        *m.entry(k).or_default() += 1;
        m
    })
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let counts = tally(s.chars());
    s.chars().find(|c| counts.get(c).copied() == Some(1))
}
