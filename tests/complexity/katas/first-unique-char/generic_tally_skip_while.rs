// learner: optimal
// idiom: generic tally helper over any IntoIterator<Item = T: Hash + Eq>, entry().and_modify().or_insert, second pass with skip_while
//! First non-repeating character: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

fn tally<T, I>(items: I) -> HashMap<T, usize>
where
    T: Hash + Eq,
    I: IntoIterator<Item = T>,
{
    let mut counts = HashMap::new();
    for item in items {
        counts.entry(item).and_modify(|c| *c += 1).or_insert(1usize);
    }
    counts
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let counts = tally(s.chars());
    s.chars().skip_while(|c| counts[c] != 1).next()
}
