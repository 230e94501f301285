// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): sorted Vec + binary search still shifts the tail on every insert/remove
//! An ordered set with range queries: see README.md.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    sorted: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { sorted: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.sorted.binary_search(&key) {
            Ok(_) => false,
            Err(pos) => {
                self.sorted.insert(pos, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.sorted.binary_search(&key) {
            Ok(pos) => {
                self.sorted.remove(pos);
                true
            }
            Err(_) => false,
        }
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

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let a = self.sorted.partition_point(|&x| x < lo);
        let b = self.sorted.partition_point(|&x| x <= hi);
        b - a
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        let a = self.sorted.partition_point(|&x| x < lo);
        let b = self.sorted.partition_point(|&x| x <= hi);
        self.sorted[a..b].to_vec()
    }
}
