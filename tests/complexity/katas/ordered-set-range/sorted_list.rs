// learner: slow
// idiom: teenager who learnt programming in Scratch: one sorted list, "insert item at position" after walking to find the spot, walk the list for ranges
// why: insert/remove/contains walk the Vec from the start (O(n)) and insert/remove shift elements (O(n)) vs the O(log n) target; range_count/range_keys scan from the front: O(n) vs O(log n + k)
//! An ordered set with range queries: see README.md.

#[derive(Debug, Default)]
pub struct OrderedSet {
    list: Vec<i64>,
}

impl OrderedSet {
    pub fn new() -> Self {
        OrderedSet { list: Vec::new() }
    }

    // find the first spot where the item is >= key
    fn spot_for(&self, key: i64) -> usize {
        let mut i = 0;
        while i < self.list.len() && self.list[i] < key {
            i += 1;
        }
        i
    }

    pub fn insert(&mut self, key: i64) -> bool {
        let i = self.spot_for(key);
        if i < self.list.len() && self.list[i] == key {
            return false; // already in the list
        }
        self.list.insert(i, key);
        true
    }

    pub fn remove(&mut self, key: i64) -> bool {
        let i = self.spot_for(key);
        if i < self.list.len() && self.list[i] == key {
            self.list.remove(i);
            return true;
        }
        false
    }

    pub fn contains(&self, key: i64) -> bool {
        let i = self.spot_for(key);
        i < self.list.len() && self.list[i] == key
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.len() == 0
    }

    pub fn range_count(&self, lo: i64, hi: i64) -> usize {
        let mut count = 0;
        for item in &self.list {
            if *item >= lo && *item <= hi {
                count += 1;
            }
        }
        count
    }

    pub fn range_keys(&self, lo: i64, hi: i64) -> Vec<i64> {
        let mut keys = Vec::new();
        for item in &self.list {
            if *item > hi {
                break; // the list is sorted so nothing after this fits
            }
            if *item >= lo {
                keys.push(*item);
            }
        }
        keys
    }
}
