// learner: optimal
// idiom: BTreeMap<i64, ()> with explicit std::ops::Bound tuples, iterator adaptors, then_some/filter-style guards
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound::Included;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    map: BTreeMap<i64, ()>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self::default()
    }

    fn span(&self, lo: i64, hi: i64) -> impl Iterator<Item = i64> + '_ {
        (lo <= hi)
            .then(|| self.map.range((Included(lo), Included(hi))).map(|(&k, _)| k))
            .into_iter()
            .flatten()
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        self.map.insert(key, ()).is_none()
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        self.map.remove(&key).is_some()
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        self.map.contains_key(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.span(lo, hi).count()
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.span(lo, hi).collect()
    }
}
