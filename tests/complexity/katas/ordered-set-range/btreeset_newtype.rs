// learner: optimal
// idiom: senior: BTreeSet field, private `impl Iterator` span helper that yields nothing on reversed bounds, Bound-based range
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

/// An inclusive key window that is known to be non-empty.
#[derive(Debug, Clone, Copy)]
struct Window {
    lo: i64,
    hi: i64,
}

impl Window {
    fn new(lo: i64, hi: i64) -> Option<Self> {
        (lo <= hi).then_some(Window { lo, hi })
    }

    fn bounds(self) -> RangeInclusive<i64> {
        self.lo..=self.hi
    }
}

impl OrderedSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self { keys: BTreeSet::new() }
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
        self.span(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.span(lo, hi).collect()
    }

    fn span(&self, lo: i64, hi: i64) -> impl Iterator<Item = i64> + '_ {
        Window::new(lo, hi)
            .into_iter()
            .flat_map(move |w| self.keys.range(w.bounds()))
            .copied()
    }
}
