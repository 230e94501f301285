// learner: slow
// why: OrderedSet::insert/remove are O(n) time, target O(log n): a sorted Vec with binary_search shifts every later key on insert and remove
//! An ordered set with range queries: see README.md.

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

    fn bounds(&self, lo: i64, hi: i64) -> (usize, usize) {
        let a = self.sorted.partition_point(|&x| x < lo);
        let b = self.sorted.partition_point(|&x| x <= hi);
        (a, b.max(a))
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (a, b) = self.bounds(lo, hi);
        b - a
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (a, b) = self.bounds(lo, hi);
        self.sorted[a..b].to_vec()
    }
}
