// learner: optimal
// idiom: BTreeSet::range with explicit Bound pairs; range_count walks with .count() and only a comment mentions self.range_keys(..).len() / .collect() as what it avoids
use std::collections::BTreeSet;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        // Not self.range_keys(lo, hi).len(): that would .collect() k keys just to count them.
        if lo > hi {
            return 0;
        }
        self.keys.range((Included(lo), Included(hi))).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        self.keys.range((Included(lo), Included(hi))).copied().collect()
    }
}
