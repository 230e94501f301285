// learner: slow
// why: LruCache::get is O(n) time, target O(1): recency kept as a Vec of keys, found with a while loop, then Vec::remove(i) + push
use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    vals: HashMap<K, V>,
    order: Vec<K>, // order[0] = LRU, order[len-1] = MRU
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, vals: HashMap::new(), order: Vec::new() }
    }

    // move key to the MRU end
    fn bubble(&mut self, key: &K) {
        let n = self.order.len();
        let mut i = 0;
        while i < n && self.order[i] != *key {
            i += 1;
        }
        let k = self.order.remove(i);
        self.order.push(k);
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.vals.contains_key(key) {
            return None;
        }
        self.bubble(key);
        self.vals.get(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.vals.get(key)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.vals.contains_key(&key) {
            self.vals.insert(key.clone(), value);
            self.bubble(&key);
            return;
        }
        if self.order.len() == self.capacity {
            // drop LRU from the front
            let lru = self.order.remove(0);
            self.vals.remove(&lru);
        }
        self.order.push(key.clone());
        self.vals.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.vals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.vals.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
