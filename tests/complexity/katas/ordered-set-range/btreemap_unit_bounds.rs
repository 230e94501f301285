// learner: optimal
// idiom: BTreeMap<i64, ()> with explicit Bound tuples, match on the ordering of the ends, manual for loops
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::ops::Bound::Included;

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

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        match lo.cmp(&hi) {
            Ordering::Greater => 0,
            _ => {
                let mut n = 0;
                for _ in self.map.range((Included(lo), Included(hi))) {
                    n += 1;
                }
                n
            }
        }
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        match lo.cmp(&hi) {
            Ordering::Greater => {}
            _ => {
                for (&k, _) in self.map.range((Included(lo), Included(hi))) {
                    out.push(k);
                }
            }
        }
        out
    }
}
