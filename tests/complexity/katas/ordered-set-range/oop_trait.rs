// learner: optimal
// idiom: OOP: a private RangeIndex trait with a default method built on an `impl Iterator`-returning method, Bound tuples, fold for counting
//! An ordered set with range queries.
use std::collections::BTreeSet;
use std::ops::Bound;

trait RangeIndex {
    fn between(&self, lo: i64, hi: i64) -> Box<dyn Iterator<Item = i64> + '_>;
    fn count_between(&self, lo: i64, hi: i64) -> usize {
        self.between(lo, hi).fold(0, |n, _| n + 1)
    }
}

impl RangeIndex for BTreeSet<i64> {
    fn between(&self, lo: i64, hi: i64) -> Box<dyn Iterator<Item = i64> + '_> {
        if lo > hi {
            return Box::new(std::iter::empty());
        }
        Box::new(self.range((Bound::Included(lo), Bound::Included(hi))).copied())
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet::default()
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
        self.tree.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.tree.count_between(lo, hi)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut v = Vec::new();
        v.extend(self.tree.between(lo, hi));
        v
    }
}
