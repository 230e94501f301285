// learner: optimal
// idiom: SICP student; BTreeMap<i64, ()> as the "table", tiny helper procedures and fold accumulators for counting/listing
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

#[derive(Debug, Default)]
pub struct OrderedSet {
    table: BTreeMap<i64, ()>,
}

/// The "empty range?" predicate, kept as its own small procedure.
fn empty_interval(lo: i64, hi: i64) -> bool {
    lo > hi
}

/// Constructor for an inclusive interval.
fn make_interval(lo: i64, hi: i64) -> RangeInclusive<i64> {
    lo..=hi
}

fn add_one(acc: usize, _key: &i64) -> usize {
    acc + 1
}

fn adjoin(mut acc: Vec<i64>, key: &i64) -> Vec<i64> {
    acc.push(*key);
    acc
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { table: BTreeMap::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.table.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.table.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.table.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if empty_interval(lo, hi) {
            0
        } else {
            self.table.range(make_interval(lo, hi)).map(|(k, _)| k).fold(0, add_one)
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        if empty_interval(lo, hi) {
            Vec::new()
        } else {
            self.table.range(make_interval(lo, hi)).map(|(k, _)| k).fold(Vec::new(), adjoin)
        }
    }
}
