// learner: optimal
// idiom: awk-style BTreeMap<i64, ()> "seen" table, early returns, manual counter loop
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct OrderedSet {
    seen: BTreeMap<i64, ()>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { seen: BTreeMap::new() }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        if self.seen.contains_key(&key) {
            return false;
        }
        self.seen.insert(key, ());
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        match self.seen.remove(&key) {
            Some(_) => true,
            None => false,
        }
    }

    pub fn contains(&self, key: i64) -> bool {
        self.seen.contains_key(&key)
    }

    pub fn len(&self) -> usize {
        self.seen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seen.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut n = 0;
        for _ in self.seen.range(lo..=hi) {
            n += 1;
        }
        n
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut out = Vec::new();
        if lo > hi {
            return out;
        }
        for (k, _) in self.seen.range(lo..=hi) {
            out.push(*k);
        }
        out
    }
}
