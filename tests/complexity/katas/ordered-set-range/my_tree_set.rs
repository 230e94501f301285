// learner: optimal
// idiom: teenager who learnt programming in Scratch: just wraps the built-in BTreeSet, "if lo > hi stop", plain for loops over range(lo..=hi)
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    // the BTreeSet keeps everything in order for me
    numbers: BTreeSet<i64>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { numbers: BTreeSet::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before.
    pub fn insert(&mut self, key: i64) -> bool {
        self.numbers.insert(key)
    }

    /// Removes `key`. Returns `true` if it was present.
    pub fn remove(&mut self, key: i64) -> bool {
        self.numbers.remove(&key)
    }

    /// Returns whether `key` is in the set.
    pub fn contains(&self, key: i64) -> bool {
        self.numbers.contains(&key)
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.numbers.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        // backwards range = nothing (range() would panic!)
        if lo > hi {
            return 0;
        }
        let mut count = 0;
        for _ in self.numbers.range(lo..=hi) {
            count += 1;
        }
        count
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut result = Vec::new();
        if lo > hi {
            return result;
        }
        for number in self.numbers.range(lo..=hi) {
            result.push(*number);
        }
        result
    }
}
