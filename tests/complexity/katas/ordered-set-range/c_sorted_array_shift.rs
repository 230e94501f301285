// learner: slow
// why: OrderedSet::insert is O(n) time, target O(log n): binary search in a sorted array, then shifts the tail one slot by hand
//! An ordered set with range queries: see README.md.

#[derive(Debug, Default)]
pub struct OrderedSet {
    a: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { a: Vec::new() }
    }

    /// first index i with a[i] >= key
    fn lower_bound(&self, key: i64) -> usize {
        let mut lo = 0usize;
        let mut hi = self.a.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.a[mid] < key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let pos = self.lower_bound(key);
        if pos < self.a.len() && self.a[pos] == key {
            return false;
        }
        self.a.push(0);
        let mut i = self.a.len() - 1;
        while i > pos {
            self.a[i] = self.a[i - 1];
            i -= 1;
        }
        self.a[pos] = key;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let pos = self.lower_bound(key);
        if pos >= self.a.len() || self.a[pos] != key {
            return false;
        }
        let mut i = pos;
        while i + 1 < self.a.len() {
            self.a[i] = self.a[i + 1];
            i += 1;
        }
        self.a.pop();
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        let pos = self.lower_bound(key);
        pos < self.a.len() && self.a[pos] == key
    }

    pub fn len(&self) -> usize {
        self.a.len()
    }

    pub fn is_empty(&self) -> bool {
        self.a.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut i = self.lower_bound(lo);
        let mut c = 0;
        while i < self.a.len() && self.a[i] <= hi {
            c += 1;
            i += 1;
        }
        c
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo > hi {
            return out;
        }
        let mut i = self.lower_bound(lo);
        while i < self.a.len() && self.a[i] <= hi {
            out.push(self.a[i]);
            i += 1;
        }
        out
    }
}
