// learner: optimal
// idiom: BTreeSet behind a private `impl Iterator` helper, empty-range guard via bool::then + Option::into_iter().flatten(), counting with fold
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeSet<i64>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self { tree: BTreeSet::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        self.tree.insert(key)
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        self.tree.remove(&key)
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        self.tree.contains(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.tree.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }

    fn between(&self, lo: i64, hi: i64) -> impl Iterator<Item = i64> + '_ {
        (lo <= hi)
            .then(|| self.tree.range(lo..=hi))
            .into_iter()
            .flatten()
            .copied()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.between(lo, hi).fold(0, |n, _| n + 1)
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.between(lo, hi).collect()
    }
}
