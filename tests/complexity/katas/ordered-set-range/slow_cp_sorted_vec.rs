// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): competitive-style sorted Vec, binary search then Vec::insert shifts the tail
#[derive(Debug, Default)]
pub struct OrderedSet {
    a: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self { OrderedSet { a: Vec::new() } }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.a.binary_search(&key) {
            Ok(_) => false,
            Err(i) => { self.a.insert(i, key); true }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.a.binary_search(&key) {
            Ok(i) => { self.a.remove(i); true }
            Err(_) => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool { self.a.binary_search(&key).is_ok() }

    pub fn len(&self) -> usize { self.a.len() }

    pub fn is_empty(&self) -> bool { self.a.is_empty() }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi { return 0; }
        let l = self.a.partition_point(|&x| x < lo);
        let r = self.a.partition_point(|&x| x <= hi);
        r - l
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi { return vec![]; }
        let l = self.a.partition_point(|&x| x < lo);
        let r = self.a.partition_point(|&x| x <= hi);
        self.a[l..r].to_vec()
    }
}
