// learner: optimal
// idiom: perf programmer; BTreeSet with an early-return guard on reversed ranges, with_capacity-free iterator chains
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { keys: BTreeSet::new() }
    }

    #[inline]
    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    #[inline]
    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    #[inline]
    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0; // BTreeSet::range panics on start > end
        }
        self.keys.range(lo..=hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        self.keys.range(lo..=hi).copied().collect()
    }
}
