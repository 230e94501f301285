// learner: optimal
// idiom: heavy generics/traits: a Tally trait implemented for HashMap, a generic first_unique over any Hash+Eq iterator
//! First non-repeating character: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

trait Tally<K> {
    fn bump(&mut self, key: K);
    fn times(&self, key: &K) -> usize;
}

impl<K: Hash + Eq> Tally<K> for HashMap<K, usize> {
    fn bump(&mut self, key: K) {
        *self.entry(key).or_default() += 1;
    }

    fn times(&self, key: &K) -> usize {
        self.get(key).copied().unwrap_or(0)
    }
}

fn first_unique<K, I>(items: I) -> Option<K>
where
    K: Hash + Eq + Copy,
    I: Iterator<Item = K> + Clone,
{
    let mut tally: HashMap<K, usize> = HashMap::new();
    for k in items.clone() {
        tally.bump(k);
    }
    items.into_iter().find(|k| tally.times(k) == 1)
}

pub fn first_unique_char(s: &str) -> Option<char> {
    first_unique(s.chars())
}
