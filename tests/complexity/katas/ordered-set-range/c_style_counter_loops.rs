// learner: optimal
// idiom: C-programmer style: BTreeSet field `s` plus a manual size counter, early return on reversed ranges, `for` loops with mutable counters and explicit pushes
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    s: BTreeSet<i64>,
    n: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { s: BTreeSet::new(), n: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.s.insert(key) {
            self.n += 1;
            return true;
        }
        false
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.s.remove(&key) {
            return false;
        }
        self.n -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        self.s.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut c = 0;
        for _ in self.s.range(lo..=hi) {
            c += 1;
        }
        c
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo > hi {
            return out;
        }
        for &k in self.s.range(lo..=hi) {
            out.push(k);
        }
        out
    }
}
