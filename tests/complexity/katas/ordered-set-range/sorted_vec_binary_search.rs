// learner: slow
// idiom: TypeScript/Node backend developer: keep a sorted array and binary-search it (like a sorted JS array with splice), partition_point for the range ends
// why: OrderedSet::insert and OrderedSet::remove are O(n) (Vec::insert/Vec::remove shift the tail) vs the O(log n) target; contains and the range queries are O(log n + k)
//! An ordered set with range queries: see README.md.

#[derive(Debug, Default)]
pub struct OrderedSet {
    sorted: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { sorted: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.sorted.binary_search(&key) {
            Ok(_) => false,
            Err(index) => {
                self.sorted.insert(index, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.sorted.binary_search(&key) {
            Ok(index) => {
                self.sorted.remove(index);
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

    fn rangeBounds(&self, lo: i64, hi: i64) -> (usize, usize) {
        if lo > hi {
            return (0, 0);
        }
        let start = self.sorted.partition_point(|&k| k < lo);
        let end = self.sorted.partition_point(|&k| k <= hi);
        (start, end)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (start, end) = self.rangeBounds(lo, hi);
        end - start
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (start, end) = self.rangeBounds(lo, hi);
        self.sorted[start..end].to_vec()
    }
}
