// learner: optimal
// idiom: BTreeSet with explicit Bound tuples, early returns and a manual while-let over the range iterator
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::Bound::Included;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    s: BTreeSet<i64>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet::default()
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        self.s.insert(key)
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        self.s.remove(&key)
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        self.s.contains(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.s.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.s.len() == 0
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut it = self.s.range((Included(lo), Included(hi)));
        let mut c = 0usize;
        while let Some(_) = it.next() {
            c += 1;
        }
        c
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo > hi {
            return out;
        }
        for &x in self.s.range((Included(lo), Included(hi))) {
            out.push(x);
        }
        out
    }
}
