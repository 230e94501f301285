// learner: optimal
// idiom: Smalltalk developer: a thin OrderedSet facade delegating every message to a BTreeSet collaborator; ranges as an inclusive RangeInclusive guarded against reversed bounds
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// A set of distinct `i64` keys that answers range queries quickly.
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

    fn between(lo: i64, hi: i64) -> Option<RangeInclusive<i64>> {
        (lo <= hi).then(|| lo..=hi)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        Self::between(lo, hi).map_or(0, |r| self.keys.range(r).count())
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        Self::between(lo, hi).map_or_else(Vec::new, |r| self.keys.range(r).copied().collect())
    }
}
