// learner: optimal
// idiom: BTreeMap<i64, ()> as a set, a shared Option-returning helper for the range, fold to count
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

#[derive(Debug, Default)]
pub struct OrderedSet {
    map: BTreeMap<i64, ()>,
}

fn bounds(lo: i64, hi: i64) -> Option<RangeInclusive<i64>> {
    (lo <= hi).then(|| lo..=hi)
}

impl OrderedSet {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, key: i64) -> bool {
        self.map.insert(key, ()).is_none()
    }

    pub fn remove(&mut self, key: i64) -> bool {
        self.map.remove(&key).is_some()
    }

    pub fn contains(&self, key: i64) -> bool {
        self.map.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        bounds(lo, hi)
            .map(|r| self.map.range(r).fold(0, |acc, _| acc + 1))
            .unwrap_or(0)
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        bounds(lo, hi)
            .map(|r| self.map.range(r).map(|(&k, _)| k).collect())
            .unwrap_or_else(Vec::new)
    }
}
