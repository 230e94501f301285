// learner: optimal
// idiom: Julia-style thin wrapper: BTreeSet<i64> with range(lo..=hi), early guard on reversed ranges, counting by a for loop
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

fn empty_range(lo: i64, hi: i64) -> bool {
    lo > hi
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if empty_range(lo, hi) {
            return 0;
        }
        let mut c = 0;
        for _ in self.keys.range(lo..=hi) {
            c += 1;
        }
        c
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if empty_range(lo, hi) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for &k in self.keys.range(lo..=hi) {
            out.push(k);
        }
        out
    }
}
