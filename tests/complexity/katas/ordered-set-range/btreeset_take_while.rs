// learner: optimal
// idiom: BTreeSet with half-open `range(lo..)` + take_while (no panic on reversed ranges), Option/bool combinators
use std::collections::BTreeSet;

#[derive(Debug, Default)]
pub struct OrderedSet {
    inner: BTreeSet<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        Self { inner: BTreeSet::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.inner.insert(key)
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.inner.remove(&key)
    }

    pub fn contains(&self, key: i64) -> bool {
        self.inner.get(&key).is_some()
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn in_range(&self, lo: i64, hi: i64) -> impl Iterator<Item = &i64> + '_ {
        self.inner.range(lo..).take_while(move |&&k| k <= hi)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.in_range(lo, hi).count()
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.in_range(lo, hi).cloned().collect()
    }
}
