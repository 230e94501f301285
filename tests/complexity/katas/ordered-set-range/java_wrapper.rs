// learner: optimal
// idiom: Java/C# style: a TreeSet-like wrapper with getters, a private range helper returning Option, small methods
use std::collections::BTreeSet;
use std::collections::btree_set::Range;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new() }
    }

    fn get_keys(&self) -> &BTreeSet<i64> {
        &self.keys
    }

    fn is_valid_range(lo: i64, hi: i64) -> bool {
        lo <= hi
    }

    fn get_range(&self, lo: i64, hi: i64) -> Option<Range<'_, i64>> {
        if Self::is_valid_range(lo, hi) {
            Some(self.get_keys().range(lo..=hi))
        } else {
            None
        }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.keys.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.keys.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.get_keys().contains(&key)
    }

    pub fn len(&self) -> usize {
        self.get_keys().len()
    }

    pub fn is_empty(&self) -> bool {
        self.get_keys().is_empty()
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.get_range(lo, hi).map(|r| r.count()).unwrap_or(0)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.get_range(lo, hi).map(|r| r.copied().collect()).unwrap_or_default()
    }
}
