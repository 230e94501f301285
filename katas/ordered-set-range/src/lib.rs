//! An ordered set with range queries: see README.md.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    // Choose your own fields.
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        todo!()
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        todo!("insert({key})")
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        todo!("remove({key})")
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        todo!("contains({key})")
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        todo!("range_count({lo}, {hi})")
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        todo!("range_keys({lo}, {hi})")
    }
}
