// learner: optimal
// idiom: Idris dependent-types fan: an Interval type that only exists when lo <= hi (Option from a smart constructor), converted to explicit (Bound, Bound) for a BTreeMap<i64, ()>; empty ranges are unrepresentable rather than checked later
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound::{self, Included};

/// A closed interval with `lo <= hi` by construction.
#[derive(Debug, Clone, Copy)]
struct Interval {
    lo: i64,
    hi: i64,
}

impl Interval {
    fn closed(lo: i64, hi: i64) -> Option<Interval> {
        (lo <= hi).then_some(Interval { lo, hi })
    }

    fn bounds(self) -> (Bound<i64>, Bound<i64>) {
        (Included(self.lo), Included(self.hi))
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    map: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { map: BTreeMap::new() }
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

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match Interval::closed(lo, hi) {
            None => 0,
            Some(iv) => self.map.range(iv.bounds()).fold(0, |n, _| n + 1),
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        match Interval::closed(lo, hi) {
            None => Vec::new(),
            Some(iv) => {
                let mut keys = Vec::new();
                for (&k, ()) in self.map.range(iv.bounds()) {
                    keys.push(k);
                }
                keys
            }
        }
    }
}
