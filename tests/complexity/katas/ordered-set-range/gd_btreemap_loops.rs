// learner: optimal
// idiom: GDScript-style: BTreeMap<i64, bool> used like a dictionary, early returns, explicit for loops and counters
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct OrderedSet {
    data: BTreeMap<i64, bool>,
    size: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { data: BTreeMap::new(), size: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.data.contains_key(&key) {
            return false;
        }
        self.data.insert(key, true);
        self.size += 1;
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if self.data.remove(&key).is_none() {
            return false;
        }
        self.size -= 1;
        true
    }

    pub fn contains(&self, key: i64) -> bool {
        self.data.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.size
    }

    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut counter = 0;
        for (_key, _present) in self.data.range(lo..=hi) {
            counter += 1;
        }
        counter
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut result = Vec::new();
        if lo > hi {
            return result;
        }
        for (key, _present) in self.data.range(lo..=hi) {
            result.push(*key);
        }
        result
    }
}
