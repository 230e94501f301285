// learner: optimal
// idiom: perf programmer; BTreeSet queried with explicit Bound tuples, hand-written while-let loops with counters, pre-sized output
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    inner: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let was_new = self.inner.insert(key);
        was_new
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let was_present = self.inner.remove(&key);
        was_present
    }

    pub fn contains(&self, key: i64) -> bool {
        self.inner.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut n: usize = 0;
        if hi < lo {
            return n;
        }
        let mut it = self.inner.range((Included(lo), Included(hi)));
        while let Some(_) = it.next() {
            n += 1;
        }
        n
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out: Vec<i64> = Vec::new();
        if hi < lo {
            return out;
        }
        let mut it = self.inner.range((Included(lo), Included(hi)));
        while let Some(&k) = it.next() {
            out.push(k);
        }
        out
    }
}
