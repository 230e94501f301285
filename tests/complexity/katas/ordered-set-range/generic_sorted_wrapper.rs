// learner: optimal
// idiom: generic Sorted<T> wrapper over BTreeSet with an `inclusive` helper returning Option<RangeInclusive>, bool::then + map_or combinators
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

#[derive(Debug)]
struct Sorted<T: Ord + Copy> {
    inner: BTreeSet<T>,
}

impl<T: Ord + Copy> Default for Sorted<T> {
    fn default() -> Self {
        Sorted { inner: BTreeSet::new() }
    }
}

impl<T: Ord + Copy> Sorted<T> {
    fn inclusive(lo: T, hi: T) -> Option<RangeInclusive<T>> {
        (lo <= hi).then(|| lo..=hi)
    }

    fn count_between(&self, lo: T, hi: T) -> usize {
        Self::inclusive(lo, hi).map_or(0, |r| self.inner.range(r).count())
    }

    fn between(&self, lo: T, hi: T) -> Vec<T> {
        Self::inclusive(lo, hi).map_or_else(Vec::new, |r| self.inner.range(r).copied().collect())
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: Sorted<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.inner.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.inner.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.inner.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.keys.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.inner.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.keys.count_between(lo, hi)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.keys.between(lo, hi)
    }
}
