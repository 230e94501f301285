// learner: slow
// why: LruCache::get is O(n) time, target O(1): finds the key in a VecDeque recency list with an index for-loop, then remove(i)
#![allow(non_snake_case)]
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    values: HashMap<K, V>,
    usageOrder: VecDeque<K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity: capacity, values: HashMap::new(), usageOrder: VecDeque::new() }
    }

    fn markAsRecentlyUsed(&mut self, key: &K) {
        let mut foundIndex: Option<usize> = None;
        for i in 0..self.usageOrder.len() {
            if &self.usageOrder[i] == key {
                foundIndex = Some(i);
                break;
            }
        }
        if let Some(i) = foundIndex {
            let k = self.usageOrder.remove(i).unwrap();
            self.usageOrder.push_back(k);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.values.contains_key(key) {
            return None;
        }
        self.markAsRecentlyUsed(key);
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
            self.markAsRecentlyUsed(&key);
            return;
        }
        if self.values.len() >= self.capacity {
            if let Some(oldest) = self.usageOrder.pop_front() {
                self.values.remove(&oldest);
            }
        }
        self.usageOrder.push_back(key.clone());
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
