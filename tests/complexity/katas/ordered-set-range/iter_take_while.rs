// learner: optimal
// idiom: iterator-adapter chains: open-ended range(lo..) cut with take_while, fold to count, no lo>hi special case
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

    fn within(&self, lo: i64, hi: i64) -> impl Iterator<Item = i64> + '_ {
        self.set.range(lo..).copied().take_while(move |&k| k <= hi)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        self.within(lo, hi).fold(0, |n, _| n + 1)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        self.within(lo, hi).collect()
    }
}
