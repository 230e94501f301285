// learner: slow
// idiom: Lua game modder: the set is a lookup table {key = true}; range queries loop over every key with pairs() and sort the hits at the end
// why: OrderedSet::range_count is O(n) and range_keys O(n + k log k) per query (full scan of a HashSet) vs the O(log n + k) target; point ops are O(1)
//! An ordered set with range queries: see README.md.

use std::collections::HashSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    set: HashSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { set: HashSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.set.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.set.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.set.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut n = 0;
        for k in self.set.iter() {
            if *k >= lo && *k <= hi {
                n = n + 1;
            }
        }
        n
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        for k in self.set.iter() {
            if *k >= lo && *k <= hi {
                out.push(*k);
            }
        }
        out.sort();
        out
    }
}
