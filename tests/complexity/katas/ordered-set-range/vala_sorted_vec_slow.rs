// learner: slow
// idiom: vala: a sorted Vec (like a sorted GArray) with binary_search, insert/remove shift the tail
// why: misses insert/remove O(log n): Vec::insert and Vec::remove shift up to n elements, O(n) per call; queries are fine
//! An ordered set with range queries: see README.md.

#[derive(Debug, Default)]
pub struct OrderedSet {
    items: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { items: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.items.binary_search(&key) {
            Ok(_) => false,
            Err(pos) => {
                self.items.insert(pos, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.items.binary_search(&key) {
            Ok(pos) => {
                self.items.remove(pos);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.items.binary_search(&key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn bounds(&self, lo: i64, hi: i64) -> (usize, usize) {
        let start = self.items.partition_point(|&x| x < lo);
        let end = self.items.partition_point(|&x| x <= hi);
        (start, end)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let (a, b) = self.bounds(lo, hi);
        b - a
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        let (a, b) = self.bounds(lo, hi);
        self.items[a..b].to_vec()
    }
}
