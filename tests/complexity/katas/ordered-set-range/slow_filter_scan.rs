// learner: slow
// why: OrderedSet::range_count and OrderedSet::range_keys are O(n) time, target O(log n + k): filter over every key of the BTreeSet instead of range()
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    set: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.set.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.set.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.set.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.set.len()
    }

    pub fn is_empty(&self) -> bool {
        self.set.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.set.iter().filter(|&&k| lo <= k && k <= hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        for &k in &self.set {
            if k >= lo && k <= hi {
                out.push(k);
            }
        }
        out
    }
}
