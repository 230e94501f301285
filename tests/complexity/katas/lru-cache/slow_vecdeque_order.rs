// learner: slow
// why: LruCache::get is O(n) time, target O(1): finds the key in a VecDeque of keys with a for loop, then remove(i) shifts
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    values: HashMap<K, V>,
    // front = least recently used, back = most recently used
    order: VecDeque<K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, values: HashMap::new(), order: VecDeque::new() }
    }

    fn move_to_back(&mut self, key: &K) {
        let mut index = None;
        for i in 0..self.order.len() {
            if &self.order[i] == key {
                index = Some(i);
                break;
            }
        }
        if let Some(i) = index {
            let k = self.order.remove(i).unwrap();
            self.order.push_back(k);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.values.contains_key(key) {
            return None;
        }
        self.move_to_back(key);
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
            self.move_to_back(&key);
            return;
        }
        if self.values.len() == self.capacity {
            let oldest = self.order.pop_front().unwrap();
            self.values.remove(&oldest);
        }
        self.values.insert(key.clone(), value);
        self.order.push_back(key);
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
