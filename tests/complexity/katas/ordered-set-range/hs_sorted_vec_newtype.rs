// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): a sorted Vec found by binary search still shifts the tail on every insert/remove
//! An ordered set with range queries: see README.md.

#[derive(Debug, Default)]
struct Sorted(Vec<i64>);

impl Sorted {
    fn locate(&self, key: i64) -> Result<usize, usize> {
        self.0.binary_search(&key)
    }

    fn lower(&self, key: i64) -> usize {
        self.0.partition_point(|&x| x < key)
    }

    fn upper(&self, key: i64) -> usize {
        self.0.partition_point(|&x| x <= key)
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: Sorted,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.keys.locate(key) {
            Ok(_) => false,
            Err(at) => {
                self.keys.0.insert(at, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.keys.locate(key) {
            Ok(at) => {
                self.keys.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.locate(key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.keys.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.0.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match lo <= hi {
            true => self.keys.upper(hi) - self.keys.lower(lo),
            false => 0,
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        match lo <= hi {
            true => self.keys.0[self.keys.lower(lo)..self.keys.upper(hi)].to_vec(),
            false => Vec::new(),
        }
    }
}
