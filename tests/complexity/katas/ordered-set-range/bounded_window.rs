// learner: optimal
// idiom: Unity C# game developer: BTreeMap<i64, ()> used like a SortedDictionary, one private iterator helper with explicit Bound values feeding both queries
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound;

#[derive(Debug, Default)]
pub struct OrderedSet {
    sorted: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.sorted.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.sorted.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.sorted.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// Keys in [lo, hi]; an empty iterator for a reversed window.
    fn window(&self, lo: i64, hi: i64) -> Box<dyn Iterator<Item = i64> + '_> {
        if lo > hi {
            return Box::new(std::iter::empty());
        }
        let bounds = (Bound::Included(lo), Bound::Included(hi));
        Box::new(self.sorted.range(bounds).map(|(&k, _)| k))
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.window(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.window(lo, hi).collect()
    }
}
