//! An ordered set with range queries: a hash set scanned on every query (O(n) per query).

use std::collections::HashSet;

/// A set of distinct `i64` keys that answers range queries.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: HashSet<i64>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `key`. Returns `true` if it was not present before.
    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    /// Removes `key`. Returns `true` if it was present.
    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    /// Returns whether `key` is in the set.
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

    /// Number of keys `x` with `lo <= x <= hi`: looks at every key.
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.keys.iter().filter(|&&x| lo <= x && x <= hi).count()
    }

    /// The keys `x` with `lo <= x <= hi`, ascending: looks at every key, then sorts the hits.
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut hits: Vec<i64> = self
            .keys
            .iter()
            .copied()
            .filter(|&x| lo <= x && x <= hi)
            .collect();
        hits.sort_unstable();
        hits
    }
}
