// learner: optimal
// idiom: Python-style: BTreeMap<i64, ()> as a set, Option/then chains, iterator count/collect over copied keys
//! An ordered set with range queries.
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct OrderedSet {
    items: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.items.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.items.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.items.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        (lo <= hi).then(|| self.items.range(lo..=hi).count()).unwrap_or(0)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return vec![];
        }
        self.items.range(lo..=hi).map(|(k, _)| *k).collect()
    }
}
