// learner: optimal
// idiom: REXX: KEY.x = 1 compound-variable thinking, so a BTreeMap<i64, ()> keyed by the value, range given as explicit Bound pairs
// why: map insert/remove/contains_key are O(log n); range with (Included(lo), Included(hi)) finds the start in O(log n) and walks k entries

/* REXX-style: EXISTS.key = 1 ; the library keeps the tails in order */

use std::collections::BTreeMap;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    exists: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.exists.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.exists.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.exists.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.exists.len()
    }

    pub fn is_empty(&self) -> bool {
        self.exists.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            0
        } else {
            self.exists.range((Included(lo), Included(hi))).count()
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut result_keys = Vec::new();
        if lo <= hi {
            for (&k, _) in self.exists.range((Included(lo), Included(hi))) {
                result_keys.push(k);
            }
        }
        result_keys
    }
}
