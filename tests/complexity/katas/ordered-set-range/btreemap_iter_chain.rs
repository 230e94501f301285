// learner: optimal
// idiom: BTreeMap<i64, ()> as a set, iterator chains (range().count(), range().map().collect()), Option combinators, RangeInclusive guard via is_empty()
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

#[derive(Debug, Default)]
pub struct OrderedSet {
    map: BTreeMap<i64, ()>,
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
        self.map.is_empty()
    }

    fn bounds(lo: i64, hi: i64) -> Option<RangeInclusive<i64>> {
        let r = lo..=hi;
        (!r.is_empty()).then_some(r)
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        Self::bounds(lo, hi).map_or(0, |r| self.map.range(r).count())
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        Self::bounds(lo, hi)
            .map(|r| self.map.range(r).map(|(&k, _)| k).collect())
            .unwrap_or_default()
    }
}
