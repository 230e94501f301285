// learner: optimal
// idiom: Nim-style: BTreeMap<i64, ()> as a set, `result` variables built up with for loops, Bound tuples
use std::collections::BTreeMap;
use std::ops::Bound;

#[derive(Debug, Default)]
pub struct OrderedSet {
    table: BTreeMap<i64, ()>,
    count: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        let result = OrderedSet { table: BTreeMap::new(), count: 0 };
        result
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let mut result = false;
        if self.table.insert(key, ()).is_none() {
            self.count += 1;
            result = true;
        }
        result
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let mut result = false;
        if self.table.remove(&key).is_some() {
            self.count -= 1;
            result = true;
        }
        result
    }

    pub fn contains(&self, key: i64) -> bool {
        let result = self.table.contains_key(&key);
        result
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut result: usize = 0;
        if lo <= hi {
            for _ in self.table.range((Bound::Included(lo), Bound::Included(hi))) {
                result += 1;
            }
        }
        result
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut result: Vec<i64> = Vec::new();
        if lo <= hi {
            for (k, _) in self.table.range((Bound::Included(lo), Bound::Included(hi))) {
                result.push(*k);
            }
        }
        result
    }
}
