// learner: optimal
// idiom: BTreeSet with RangeInclusive built once, fold for counting, extend into a preallocated-free Vec
use std::collections::BTreeSet;
use std::ops::RangeInclusive;

#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeSet<i64>,
    count: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { tree: BTreeSet::new(), count: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let fresh = self.tree.insert(key);
        if fresh {
            self.count += 1;
        }
        fresh
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let gone = self.tree.remove(&key);
        if gone {
            self.count -= 1;
        }
        gone
    }

    pub fn contains(&self, key: i64) -> bool {
        self.tree.get(&key).is_some()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn span(lo: i64, hi: i64) -> Option<RangeInclusive<i64>> {
        if lo <= hi {
            Some(lo..=hi)
        } else {
            None
        }
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match Self::span(lo, hi) {
            Some(r) => self.tree.range(r).fold(0usize, |n, _| n + 1),
            None => 0,
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        if let Some(r) = Self::span(lo, hi) {
            keys.extend(self.tree.range(r).copied());
        }
        keys
    }
}
