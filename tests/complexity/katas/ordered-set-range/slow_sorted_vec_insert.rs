// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): a sorted Vec finds the slot by binary search but Vec::insert shifts the tail
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.keys.binary_search(&key) {
            Ok(_) => false,
            Err(pos) => {
                self.keys.insert(pos, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.keys.binary_search(&key) {
            Ok(pos) => {
                self.keys.remove(pos);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.binary_search(&key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn bounds(&self, lo: i64, hi: i64) -> (usize, usize) {
        let a = self.keys.partition_point(|&k| k < lo);
        let b = self.keys.partition_point(|&k| k <= hi);
        (a, b.max(a))
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (a, b) = self.bounds(lo, hi);
        b - a
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (a, b) = self.bounds(lo, hi);
        self.keys[a..b].to_vec()
    }
}
