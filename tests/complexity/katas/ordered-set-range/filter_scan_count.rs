// learner: slow
// why: OrderedSet::range_count is O(n) time, target O(log n + k): filters every key with a predicate instead of seeking to lo
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    items: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { items: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.items.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.items.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.items.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.items.iter().filter(|&&k| k >= lo && k <= hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.items.iter().copied().filter(|k| (lo..=hi).contains(k)).collect()
    }
}
