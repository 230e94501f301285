// learner: optimal
// idiom: Ruby "hash with nil values" habit: BTreeMap<i64, ()> with explicit Bound tuples, match on the range guard, keys().fold for counting
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;
use std::ops::Bound::Included;

#[derive(Debug, Default)]
pub struct OrderedSet {
    members: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Default::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.members.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.members.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.members.get(&key).is_some()
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn window(&self, lo: i64, hi: i64) -> Option<std::collections::btree_map::Range<'_, i64, ()>> {
        match lo.cmp(&hi) {
            std::cmp::Ordering::Greater => None,
            _ => Some(self.members.range((Included(lo), Included(hi)))),
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.window(lo, hi).map_or(0, |w| w.fold(0, |n, _| n + 1))
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.window(lo, hi)
            .into_iter()
            .flatten()
            .map(|(&k, _)| k)
            .collect()
    }
}
