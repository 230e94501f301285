// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): sorted Vec with binary search, but Vec::insert/remove shift the tail
//! An ordered set with range queries: see README.md.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    sorted: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.sorted
            .binary_search(&key)
            .map_err(|at| self.sorted.insert(at, key))
            .is_err()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.sorted
            .binary_search(&key)
            .map(|at| self.sorted.remove(at))
            .is_ok()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.sorted.binary_search(&key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    fn bounds(&self, lo: i64, hi: i64) -> Option<(usize, usize)> {
        (lo <= hi).then(|| {
            (
                self.sorted.partition_point(|&k| k < lo),
                self.sorted.partition_point(|&k| k <= hi),
            )
        })
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.bounds(lo, hi).map_or(0, |(a, b)| b - a)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.bounds(lo, hi)
            .map(|(a, b)| self.sorted[a..b].to_vec())
            .unwrap_or_default()
    }
}
