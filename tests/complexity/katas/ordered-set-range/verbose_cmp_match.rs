// learner: optimal
// idiom: beginner-verbose BTreeSet wrapper, match on lo.cmp(&hi), manual while-let over the range iterator with a counter and explicit pushes
//! An ordered set with range queries: see README.md.

use std::cmp::Ordering;
use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
    count: usize,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new(), count: 0 }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        let was_added = self.keys.insert(key);
        if was_added == true {
            self.count = self.count + 1;
        }
        was_added
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        let was_removed = self.keys.remove(&key);
        if was_removed == true {
            self.count = self.count - 1;
        }
        was_removed
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        let found = self.keys.contains(&key);
        found
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match lo.cmp(&hi) {
            Ordering::Greater => 0,
            Ordering::Equal => {
                if self.keys.contains(&lo) {
                    1
                } else {
                    0
                }
            }
            Ordering::Less => {
                let mut how_many = 0;
                let mut walker = self.keys.range(lo..=hi);
                while let Some(_key) = walker.next() {
                    how_many += 1;
                }
                how_many
            }
        }
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut result: Vec<i64> = Vec::new();
        match lo.cmp(&hi) {
            Ordering::Greater => {}
            _ => {
                let mut walker = self.keys.range(lo..=hi);
                while let Some(key) = walker.next() {
                    result.push(*key);
                }
            }
        }
        result
    }
}
