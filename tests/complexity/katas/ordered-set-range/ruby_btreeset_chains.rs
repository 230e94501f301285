// learner: optimal
// idiom: Ruby-style thin wrapper over BTreeSet, range iterators with copied/collect, bool::then for the reversed-range guard
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { keys: BTreeSet::new() }
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
        (lo <= hi).then(|| self.keys.range(lo..=hi).count()).unwrap_or(0)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        (lo <= hi)
            .then(|| self.keys.range(lo..=hi).copied().collect())
            .unwrap_or_default()
    }
}
