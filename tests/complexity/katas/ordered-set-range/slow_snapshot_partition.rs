// learner: slow
// why: OrderedSet::range_count and OrderedSet::range_keys are O(n) time and space, target O(log n + k): copy the whole BTreeSet into a Vec, then binary-search it with partition_point
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self::default()
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

    fn bounds(&self, lo: i64, hi: i64) -> (Vec<i64>, usize, usize) {
        let sorted: Vec<i64> = self.keys.iter().copied().collect();
        let start = sorted.partition_point(|&x| x < lo);
        let end = sorted.partition_point(|&x| x <= hi);
        (sorted, start, end.max(start))
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (_, start, end) = self.bounds(lo, hi);
        end - start
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (sorted, start, end) = self.bounds(lo, hi);
        sorted[start..end].to_vec()
    }
}
