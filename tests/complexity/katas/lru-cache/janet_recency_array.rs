// learner: slow
// idiom: Janet: a table for the values plus an array of keys in recency order; touching a key is (array/remove order (index-of key order)) then (array/push order key)
// why: finding the key in the order array is a linear scan and removing it shifts the rest: O(capacity) per get/put
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    vals: HashMap<K, V>,
    order: Vec<K>, // least recent first, most recent last
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, vals: HashMap::new(), order: Vec::new() }
    }

    fn bump(&mut self, key: &K) {
        if let Some(i) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(i);
            self.order.push(k);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.vals.contains_key(key) {
            return None;
        }
        self.bump(key);
        self.vals.get(key)
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.vals.get(key)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.vals.contains_key(&key) {
            self.vals.insert(key.clone(), value);
            self.bump(&key);
            return;
        }
        if self.vals.len() == self.capacity {
            let oldest = self.order.remove(0);
            self.vals.remove(&oldest);
        }
        self.order.push(key.clone());
        self.vals.insert(key, value);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.vals.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.vals.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
