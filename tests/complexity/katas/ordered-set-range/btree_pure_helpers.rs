// learner: optimal
// idiom: BTreeSet field, a tiny pure helper turning (lo, hi) into an Option<RangeInclusive>, map_or/fold everywhere
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

/// The inclusive window, or nothing when it is reversed.
fn window(lo: i64, hi: i64) -> Option<RangeInclusive<i64>> {
    (lo <= hi).then(|| lo..=hi)
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self { keys: BTreeSet::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        window(lo, hi).map_or(0, |w| self.keys.range(w).fold(0, |acc, _| acc + 1))
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        window(lo, hi).map_or_else(Vec::new, |w| self.keys.range(w).copied().collect())
    }
}
