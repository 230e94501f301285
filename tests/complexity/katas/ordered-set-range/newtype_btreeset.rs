// learner: optimal
// idiom: PureScript-ish newtype over BTreeSet, Option combinators for the empty-range guard
use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

/// `Just (lo..=hi)` when the interval is non-empty, `Nothing` otherwise.
fn interval(lo: i64, hi: i64) -> Option<RangeInclusive<i64>> {
    Some(lo..=hi).filter(|_| lo <= hi)
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

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        interval(lo, hi).map_or(0, |r| self.keys.range(r).count())
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        interval(lo, hi)
            .map(|r| self.keys.range(r).copied().collect())
            .unwrap_or_default()
    }
}
