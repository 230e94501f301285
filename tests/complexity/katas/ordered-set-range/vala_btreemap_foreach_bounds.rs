// learner: optimal
// idiom: vala: GTree-like BTreeMap<i64, ()> with an explicit counter, Bound-based foreach helper taking a callback that may stop early (like GTraverseFunc)
// why: map insert/remove/contains are O(log n); the foreach seeks the lower bound in O(log n) and visits only the k keys in range; counting uses O(1) space, listing O(k)
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound;

#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeMap<i64, ()>,
    n_nodes: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let fresh = self.tree.insert(key, ()).is_none();
        if fresh {
            self.n_nodes += 1;
        }
        fresh
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let found = self.tree.remove(&key).is_some();
        if found {
            self.n_nodes -= 1;
        }
        found
    }

    pub fn contains(&self, key: i64) -> bool {
        self.tree.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.n_nodes
    }

    pub fn is_empty(&self) -> bool {
        self.n_nodes == 0
    }

    /// Calls `func` for each key in [lo, hi] ascending; `func` returns
    /// `false` to stop, like a GTraverseFunc returning TRUE.
    fn foreach_in_range<F: FnMut(i64) -> bool>(&self, lo: i64, hi: i64, mut func: F) {
        if lo > hi {
            return;
        }
        let bounds = (Bound::Included(lo), Bound::Included(hi));
        for (key, _) in self.tree.range(bounds) {
            if !func(*key) {
                break;
            }
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut counter = 0usize;
        self.foreach_in_range(lo, hi, |_| {
            counter += 1;
            true
        });
        counter
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        self.foreach_in_range(lo, hi, |key| {
            out.push(key);
            true
        });
        out
    }
}
