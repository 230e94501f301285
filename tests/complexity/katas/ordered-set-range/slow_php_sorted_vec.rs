// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): a sorted PHP-style array, binary search then Vec::insert shifts the tail
//! An ordered set with range queries: see README.md.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    sorted: Vec<i64>,
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        OrderedSet { sorted: Vec::new() }
    }

    /// Adds `key`. Returns `true` if it was not present before. O(log n).
    pub fn insert(&mut self, key: i64) -> bool {
        match self.sorted.binary_search(&key) {
            Ok(_) => false,
            Err(pos) => {
                self.sorted.insert(pos, key);
                true
            }
        }
    }

    /// Removes `key`. Returns `true` if it was present. O(log n).
    pub fn remove(&mut self, key: i64) -> bool {
        match self.sorted.binary_search(&key) {
            Ok(pos) => {
                self.sorted.remove(pos);
                true
            }
            Err(_) => false,
        }
    }

    /// Returns whether `key` is in the set. O(log n).
    pub fn contains(&self, key: i64) -> bool {
        self.sorted.binary_search(&key).is_ok()
    }

    /// Number of keys in the set.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// Returns `true` if the set holds no keys.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    fn bounds(&self, lo: i64, hi: i64) -> (usize, usize) {
        let from = self.sorted.partition_point(|&x| x < lo);
        let to = self.sorted.partition_point(|&x| x <= hi);
        (from, to.max(from))
    }

    /// Number of keys `x` with `lo <= x <= hi` (0 when `lo > hi`). O(log n + k).
    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (from, to) = self.bounds(lo, hi);
        to - from
    }

    /// The keys `x` with `lo <= x <= hi`, ascending (empty when `lo > hi`). O(log n + k).
    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (from, to) = self.bounds(lo, hi);
        self.sorted[from..to].to_vec()
    }
}
