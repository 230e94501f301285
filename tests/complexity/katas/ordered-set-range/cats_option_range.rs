// learner: optimal
// idiom: Scala/cats flavour: a private Option-returning range view, map_or/unwrap_or_default combinators, no explicit branches
//! An ordered set with range queries: see README.md.

use std::collections::btree_set::Range;
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// `None` for a reversed range instead of a panic: Option as a total function.
    fn window(&self, lo: i64, hi: i64) -> Option<Range<'_, i64>> {
        (lo <= hi).then(|| self.keys.range(lo..=hi))
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

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.window(lo, hi).map_or(0, Iterator::count)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.window(lo, hi)
            .map(|r| r.copied().collect())
            .unwrap_or_default()
    }
}
