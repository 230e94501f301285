// learner: optimal
// idiom: ROS-style C++: thin struct over BTreeSet (std::set analogue), explicit guards, for-loop counting and pushing over the range
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { tree: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.tree.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.tree.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.tree.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tree.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut count: usize = 0;
        for _ in self.tree.range(lo..=hi) {
            count += 1;
        }
        count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out: Vec<i64> = Vec::new();
        if lo > hi {
            return out;
        }
        for &k in self.tree.range(lo..=hi) {
            out.push(k);
        }
        out
    }
}
