// learner: optimal
// idiom: BTreeSet with bool::then / Option combinators guarding reversed ranges, range(lo..=hi) adapters
//! An ordered set with range queries.

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

    fn span(&self, lo: i64, hi: i64) -> Option<std::collections::btree_set::Range<'_, i64>> {
        (lo <= hi).then(|| self.keys.range(lo..=hi))
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.span(lo, hi).map_or(0, Iterator::count)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.span(lo, hi).map(|r| r.copied().collect()).unwrap_or_default()
    }
}
