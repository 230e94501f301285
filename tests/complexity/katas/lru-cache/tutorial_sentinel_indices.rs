// learner: optimal
// idiom: hobbyist arena with usize::MAX as "no node", parallel prev/next fields, mutable temporaries and if-chains
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NONE: usize = usize::MAX;

struct Item<K, V> {
    key: K,
    value: V,
    before: usize,
    after: usize,
}

pub struct LruCache<K, V> {
    capacity: usize,
    where_is: HashMap<K, usize>,
    items: Vec<Item<K, V>>,
    newest: usize,
    oldest: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, where_is: HashMap::new(), items: Vec::new(), newest: NONE, oldest: NONE }
    }

    fn take_out(&mut self, i: usize) {
        let before = self.items[i].before;
        let after = self.items[i].after;
        if before != NONE {
            self.items[before].after = after;
        } else {
            self.newest = after;
        }
        if after != NONE {
            self.items[after].before = before;
        } else {
            self.oldest = before;
        }
    }

    fn put_in_front(&mut self, i: usize) {
        let old_newest = self.newest;
        self.items[i].before = NONE;
        self.items[i].after = old_newest;
        if old_newest != NONE {
            self.items[old_newest].before = i;
        }
        self.newest = i;
        if self.oldest == NONE {
            self.oldest = i;
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = match self.where_is.get(key) {
            Some(x) => *x,
            None => return None,
        };
        self.take_out(i);
        self.put_in_front(i);
        Some(&self.items[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.where_is.get(key) {
            Some(i) => Some(&self.items[*i].value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let found = self.where_is.get(&key).copied();
        if let Some(i) = found {
            self.items[i].value = value;
            self.take_out(i);
            self.put_in_front(i);
            return;
        }
        let mut slot = self.items.len();
        if self.where_is.len() == self.capacity {
            // reuse the oldest one
            slot = self.oldest;
            self.take_out(slot);
            let old_key = self.items[slot].key.clone();
            self.where_is.remove(&old_key);
            self.items[slot].key = key.clone();
            self.items[slot].value = value;
        } else {
            let item = Item { key: key.clone(), value: value, before: NONE, after: NONE };
            self.items.push(item);
        }
        self.put_in_front(slot);
        self.where_is.insert(key, slot);
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
