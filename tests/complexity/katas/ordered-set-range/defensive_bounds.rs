// learner: optimal
// idiom: defensive beginner: explicit Bound values, early returns for empty/reversed ranges, explicit while-let loops
use std::collections::BTreeSet;
use std::ops::Bound;

#[derive(Debug, Default)]
pub struct OrderedSet {
    keys: BTreeSet<i64>,
    count: usize,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { keys: BTreeSet::new(), count: 0 }
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let added = self.keys.insert(key);
        if added {
            self.count += 1;
        }
        added
    }

    pub fn remove(&mut self, key: i64) -> bool {
        if self.count == 0 {
            return false;
        }
        let removed = self.keys.remove(&key);
        if removed {
            self.count -= 1;
        }
        removed
    }

    pub fn contains(&self, key: i64) -> bool {
        if self.count == 0 {
            return false;
        }
        self.keys.contains(&key)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        if lo > hi {
            return 0;
        }
        if self.count == 0 {
            return 0;
        }
        let mut total: usize = 0;
        let mut walker = self.keys.range((Bound::Included(lo), Bound::Included(hi)));
        while let Some(_) = walker.next() {
            total += 1;
        }
        total
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut result: Vec<i64> = Vec::new();
        if lo > hi {
            return result;
        }
        if self.count == 0 {
            return result;
        }
        let mut walker = self.keys.range((Bound::Included(lo), Bound::Included(hi)));
        loop {
            match walker.next() {
                Some(key) => result.push(*key),
                None => break,
            }
        }
        result
    }
}
