// learner: slow
// idiom: vala: BTreeSet storage but range queries iterate every key with a filter, like g_tree_foreach over the whole tree
// why: misses range_count/range_keys O(log n + k): the filter visits all n keys on every query, O(n) per call
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
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

    fn in_range(key: i64, lo: i64, hi: i64) -> bool {
        lo <= key && key <= hi
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.keys.iter().filter(|&&k| Self::in_range(k, lo, hi)).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        for &k in self.keys.iter() {
            if Self::in_range(k, lo, hi) {
                out.push(k);
            }
        }
        out
    }
}
