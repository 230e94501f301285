// learner: optimal
// idiom: vala: thin wrapper object around a BTreeSet with defensive early returns on reversed ranges
// why: BTreeSet insert/remove/contains are O(log n); range(lo..=hi) descends in O(log n) and walks k keys; count() keeps O(1), collect keeps O(k)
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
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
        if lo > hi {
            return 0;
        }
        self.keys.range(lo..=hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return Vec::new();
        }
        self.keys.range(lo..=hi).copied().collect()
    }
}
