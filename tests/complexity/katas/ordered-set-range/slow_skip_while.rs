// learner: slow
// why: OrderedSet::range_keys is O(n) time, target O(log n + k): skip_while walks every key below lo from the start of the set
//! An ordered set with range queries.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    inner: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { inner: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.inner.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.inner.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.inner.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    fn between(&self, lo: i64, hi: i64) -> impl Iterator<Item = i64> + '_ {
        self.inner
            .iter()
            .copied()
            .skip_while(move |&k| k < lo)
            .take_while(move |&k| k <= hi)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.between(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.between(lo, hi).collect()
    }
}
