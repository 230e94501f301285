// learner: optimal
// idiom: Chapel-style BTreeMap<i64,()> as an index domain, explicit for/while loops and counters
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound::Included;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    dom: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { dom: BTreeMap::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        match self.dom.insert(key, ()) {
            None => true,
            Some(()) => false,
        }
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.dom.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.dom.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.dom.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut total: usize = 0;
        if lo <= hi {
            for _ in self.dom.range((Included(lo), Included(hi))) {
                total += 1;
            }
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut buf: Vec<i64> = Vec::new();
        if lo > hi {
            return buf;
        }
        let mut it = self.dom.range((Included(lo), Included(hi)));
        while let Some((k, _)) = it.next() {
            buf.push(*k);
        }
        buf
    }
}
