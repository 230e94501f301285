// learner: slow
// idiom: PHP Laravel developer: a HashSet "table" and range queries written as collection filter()->sort()->values()
// why: range_count is O(n) and range_keys O(n + k log k) (filter every key, then sort), vs O(log n + k)
//! An ordered set with range queries: see README.md.

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: HashSet<i64>,
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

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.keys.iter().filter(|&&k| lo <= k && k <= hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut found: Vec<i64> = self.keys.iter().copied().filter(|&k| lo <= k && k <= hi).collect();
        found.sort();
        found
    }
}
