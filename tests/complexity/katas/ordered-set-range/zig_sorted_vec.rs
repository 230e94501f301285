// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): a sorted Vec with binary search still shifts the tail on every insert/remove
#[derive(Debug, Default)]
pub struct OrderedSet {
    data: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { data: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.data.binary_search(&key) {
            Ok(_) => false,
            Err(at) => {
                self.data.insert(at, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.data.binary_search(&key) {
            Ok(at) => {
                self.data.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.data.binary_search(&key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    fn bounds(&self, lo: i64, hi: i64) -> (usize, usize) {
        if lo > hi {
            return (0, 0);
        }
        let start = self.data.partition_point(|&x| x < lo);
        let end = self.data.partition_point(|&x| x <= hi);
        (start, end)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (s, e) = self.bounds(lo, hi);
        e - s
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (s, e) = self.bounds(lo, hi);
        self.data[s..e].to_vec()
    }
}
