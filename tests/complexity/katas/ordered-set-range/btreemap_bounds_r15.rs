// learner: optimal
// idiom: Groovy-style: BTreeMap<i64, ()> as a set, Bound tuples, a closure-returning helper producing the range iterator, terse one-liners
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    map: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.map.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.map.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.map.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    fn window(&self, lo: i64, hi: i64) -> impl Iterator<Item = i64> + '_ {
        (lo <= hi)
            .then(|| self.map.range((Included(lo), Included(hi))).map(|(k, _)| *k))
            .into_iter()
            .flatten()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.window(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.window(lo, hi).collect()
    }
}
