// learner: slow
// idiom: vala: a HashMap for values plus a Vec of keys as the recency list, found with position and moved with remove/push
// why: misses get/put O(1): position + remove on the order Vec is O(capacity) on every hit and every eviction
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    values: HashMap<K, V>,
    order: Vec<K>, // least recent first
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, values: HashMap::new(), order: Vec::new() }
    }

    fn mark_used(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos);
            self.order.push(k);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.values.contains_key(key) {
            return None;
        }
        self.mark_used(key);
        self.values.get(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.values.get(key)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.values.contains_key(&key) {
            self.values.insert(key.clone(), value);
            self.mark_used(&key);
            return;
        }
        if self.values.len() >= self.capacity {
            let oldest = self.order.remove(0);
            self.values.remove(&oldest);
        }
        self.order.push(key.clone());
        self.values.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
