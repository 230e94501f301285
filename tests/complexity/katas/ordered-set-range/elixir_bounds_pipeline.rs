// learner: optimal
// idiom: BTreeMap<i64, ()> as a set, Bound tuples matched by a helper, iterator pipelines
use std::collections::BTreeMap;
use std::ops::Bound::{self, Included};

#[derive(Debug, Default)]
pub struct OrderedSet {
    map: BTreeMap<i64, ()>,
}

fn bounds(lo: i64, hi: i64) -> Option<(Bound<i64>, Bound<i64>)> {
    match (lo, hi) {
        (lo, hi) if lo <= hi => Some((Included(lo), Included(hi))),
        _ => None,
    }
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
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        bounds(lo, hi)
            .map(|b| self.map.range(b).count())
            .unwrap_or(0)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        bounds(lo, hi)
            .map(|b| self.map.range(b).map(|(&k, _)| k).collect())
            .unwrap_or_default()
    }
}
