// learner: slow
// why: OrderedSet::range_count is O(n) time, target O(log n + k): it filters every key of the BTreeSet instead of calling range()
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    items: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { items: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.items.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.items.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.items.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        // a reversed range just matches nothing here, no special case needed
        self.items.iter().filter(|&&x| lo <= x && x <= hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        for &x in &self.items {
            if x > hi {
                break;
            }
            if x >= lo {
                out.push(x);
            }
        }
        out
    }
}
