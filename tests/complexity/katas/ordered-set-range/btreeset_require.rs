// learner: optimal
// idiom: Solidity-style: BTreeSet plus an explicit `count` counter kept in sync, require-style early return on reversed ranges
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
    count: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new(), count: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if !self.keys.insert(key) {
            return false;
        }
        self.count += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if !self.keys.remove(&key) {
            return false;
        }
        self.count -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut total = 0;
        for _ in self.keys.range(lo..=hi) {
            total += 1;
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        let mut out = Vec::new();
        for &k in self.keys.range(lo..=hi) {
            out.push(k);
        }
        out
    }
}
