// learner: slow
// why: OrderedSet::range_count / range_keys are O(n) time, target O(log n + k): skip_while walks every key below lo from the start
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.keys.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn in_range(&self, lo: i64, hi: i64) -> impl Iterator<Item = &i64> + '_ {
        self.keys
            .iter()
            .skip_while(move |&&k| k < lo)
            .take_while(move |&&k| k <= hi)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.in_range(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.in_range(lo, hi).copied().collect()
    }
}
