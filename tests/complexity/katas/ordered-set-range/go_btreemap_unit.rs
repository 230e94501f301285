// learner: optimal
// idiom: Go-style map[int64]struct{} translated to BTreeMap<i64, ()>, explicit Bound tuples, a tiny Store trait as interface
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound::Included;

trait Store {
    fn put(&mut self, k: i64) -> bool;
    fn del(&mut self, k: i64) -> bool;
    fn has(&self, k: i64) -> bool;
}

impl Store for BTreeMap<i64, ()> {
    fn put(&mut self, k: i64) -> bool {
        self.insert(k, ()).is_none()
    }
    fn del(&mut self, k: i64) -> bool {
        self.remove(&k).is_some()
    }
    fn has(&self, k: i64) -> bool {
        self.contains_key(&k)
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    m: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { m: BTreeMap::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.m.put(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.m.del(key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.m.has(key)
    }

    pub fn len(&self) -> usize {
        self.m.len()
    }

    pub fn is_empty(&self) -> bool {
        self.m.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        self.m.range((Included(lo), Included(hi))).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if lo > hi {
            return vec![];
        }
        let it = self.m.range((Included(lo), Included(hi)));
        let mut keys = Vec::with_capacity(8);
        for (k, _) in it {
            keys.push(*k);
        }
        keys
    }
}
