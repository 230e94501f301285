// learner: slow
// idiom: SAS statistician: the set kept as one sorted dataset (a Vec); insert/remove find the row by binary search and shift the rest, range queries are a WHERE lo <= x <= hi pass over all rows
// why: insert and remove are O(n) (Vec::insert / Vec::remove shift the tail) vs O(log n); range_count and range_keys are O(n) full scans vs O(log n + k)
//! An ordered set with range queries: see README.md.

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    rows: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { rows: Vec::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.rows.binary_search(&key) {
            Ok(_) => false,
            Err(pos) => {
                self.rows.insert(pos, key);
                true
            }
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.rows.binary_search(&key) {
            Ok(pos) => {
                self.rows.remove(pos);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.rows.binary_search(&key).is_ok()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut n = 0;
        for i in 0..self.rows.len() {
            if self.rows[i] >= lo && self.rows[i] <= hi {
                n += 1;
            }
        }
        n
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        for i in 0..self.rows.len() {
            if self.rows[i] >= lo && self.rows[i] <= hi {
                out.push(self.rows[i]);
            }
        }
        out
    }
}
