// learner: slow
// why: OrderedSet::insert is O(n) time|space, target O(log n): each insert rebuilds the sorted Vec by splicing the new key in (binary-search start, then a full copy)
//! An ordered set with range queries: see README.md.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: Vec<i64>,
}

fn slot(keys: &[i64], key: i64) -> usize {
    keys.partition_point(|&x| x < key)
}

fn spliced(keys: &[i64], at: usize, key: i64) -> Vec<i64> {
    keys[..at]
        .iter()
        .copied()
        .chain(std::iter::once(key))
        .chain(keys[at..].iter().copied())
        .collect()
}

fn without(keys: &[i64], at: usize) -> Vec<i64> {
    keys.iter()
        .enumerate()
        .filter(|&(i, _)| i != at)
        .map(|(_, &x)| x)
        .collect()
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self { keys: Vec::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        if self.contains(key) {
            return false;
        }
        self.keys = spliced(&self.keys, slot(&self.keys, key), key);
        true
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        if !self.contains(key) {
            return false;
        }
        self.keys = without(&self.keys, slot(&self.keys, key));
        true
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        self.keys.binary_search(&key).is_ok()
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
        if lo > hi {
            return 0;
        }
        self.keys.partition_point(|&x| x <= hi) - slot(&self.keys, lo)
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        let a = slot(&self.keys, lo);
        let b = self.keys.partition_point(|&x| x <= hi);
        self.keys[a..b].to_vec()
    }
}
