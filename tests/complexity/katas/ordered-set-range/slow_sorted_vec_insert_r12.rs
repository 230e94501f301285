// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): keeps a sorted Vec and shifts elements with Vec::insert / Vec::remove
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
            Err(pos) => {
                self.data.insert(pos, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.data.binary_search(&key) {
            Ok(pos) => {
                self.data.remove(pos);
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

    fn span(&self, lo: i64, hi: i64) -> (usize, usize) {
        if lo > hi {
            return (0, 0);
        }
        let a = self.data.partition_point(|&x| x < lo);
        let b = self.data.partition_point(|&x| x <= hi);
        (a, b)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let (a, b) = self.span(lo, hi);
        b - a
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let (a, b) = self.span(lo, hi);
        self.data[a..b].to_vec()
    }
}
