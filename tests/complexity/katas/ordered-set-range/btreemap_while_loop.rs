// learner: optimal
// idiom: Python-ish: BTreeMap used like a dict with () values, early returns, explicit while-let loop pushing into a list and a manual counter
//! An ordered set with range queries: see README.md.

use std::collections::BTreeMap;

/// A set of distinct `i64` keys that answers range queries quickly.
#[derive(Debug, Default)]
pub struct OrderedSet {
    data: BTreeMap<i64, ()>,
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
        self.data.insert(key, ());
        self.size += 1;
        return true;
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if self.data.remove(&key).is_none() {
            return false;
        }
        self.size -= 1;
        return true;
    }

    pub fn contains(&self, key: i64) -> bool {
        return self.data.contains_key(&key);
    }

    pub fn len(&self) -> usize {
        return self.size;
    }

    pub fn is_empty(&self) -> bool {
        return self.size == 0;
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        let mut total = 0;
        let mut it = self.data.range(lo..=hi);
        while let Some(_) = it.next() {
            total += 1;
        }
        return total;
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut answer = Vec::new();
        if lo > hi {
            return answer;
        }
        for (k, _) in self.data.range(lo..=hi) {
            answer.push(*k);
        }
        return answer;
    }
}
