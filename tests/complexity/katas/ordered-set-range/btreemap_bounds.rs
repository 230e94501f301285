// learner: optimal
// idiom: BTreeMap<i64, ()> with explicit Bound tuples, match on Ordering for reversed ranges, fold to count
//! An ordered set with range queries.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { tree: BTreeMap::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.tree.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.tree.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.tree.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match lo.cmp(&hi) {
            Ordering::Greater => 0,
            _ => self.tree.range((Included(lo), Included(hi))).fold(0, |n, _| n + 1),
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        match lo.cmp(&hi) {
            Ordering::Greater => vec![],
            _ => self.tree.range((Included(lo), Included(hi))).map(|(&k, _)| k).collect(),
        }
    }
}
