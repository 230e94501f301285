// learner: slow
// why: LruCache::get/put are O(n) time, target O(1): recency kept in a Vec<K>, the key found with an index loop and removed with Vec::remove
use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    cap: usize,
    map: HashMap<K, V>,
    order: Vec<K>, // least recent first
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { cap: capacity, map: HashMap::new(), order: Vec::new() }
    }

    fn touch(&mut self, key: &K) {
        for i in 0..self.order.len() {
            if self.order[i] == *key {
                let k = self.order.remove(i);
                self.order.push(k);
                return;
            }
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if self.map.contains_key(key) {
            self.touch(key);
        }
        self.map.get(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.cap == 0 {
            return;
        }
        if self.map.contains_key(&key) {
            self.map.insert(key.clone(), value);
            self.touch(&key);
            return;
        }
        if self.map.len() == self.cap {
            let old = self.order.remove(0);
            self.map.remove(&old);
        }
        self.order.push(key.clone());
        self.map.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }
}
