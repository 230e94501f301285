// learner: optimal
// idiom: Haskell-flavoured: newtype Key over BTreeSet, a Span type built by smart constructor (Option = Maybe), fold to count, map/collect
//! An ordered set with range queries: see README.md.

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key(i64);

/// A non-empty inclusive span of keys; `None` stands for the empty (reversed) one.
struct Span(RangeInclusive<Key>);

impl Span {
    fn of(lo: i64, hi: i64) -> Option<Span> {
        match lo <= hi {
            true => Some(Span(Key(lo)..=Key(hi))),
            false => None,
        }
    }
}

#[derive(Debug, Default)]
pub struct OrderedSet {
    tree: BTreeSet<Key>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.tree.insert(Key(key))
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.tree.remove(&Key(key))
    }

    pub fn contains(&self, key: i64) -> bool {
        self.tree.contains(&Key(key))
    }

    pub fn len(&self) -> usize {
        self.tree.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tree.is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        Span::of(lo, hi).map_or(0, |Span(r)| self.tree.range(r).fold(0, |n, _| n + 1))
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        match Span::of(lo, hi) {
            Some(Span(r)) => self.tree.range(r).map(|&Key(k)| k).collect(),
            None => Vec::new(),
        }
    }
}
