// learner: slow
// why: OrderedSet::range_count/range_keys are O(n) time, target O(log n + k): walk every key of the BTreeSet with filter instead of range()
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
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
        self.keys.iter().filter(|&&k| lo <= k && k <= hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        // keys come out ascending, so stop once past hi
        self.keys.iter().copied().skip_while(|&k| k < lo).take_while(|&k| k <= hi).collect()
    }
}
