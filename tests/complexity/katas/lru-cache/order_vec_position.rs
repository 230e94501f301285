// learner: slow
// why: LruCache::get and put are O(n) time, target O(1): recency kept in a Vec<K>, found with a manual index scan and shifted with remove(i)
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, V>,
    order: Vec<K>, // least recent first
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), order: Vec::new() }
    }

    fn bump(&mut self, key: &K) {
        let mut i: usize = 0;
        while i < self.order.len() {
            if self.order[i] == *key {
                break;
            }
            i += 1;
        }
        if i < self.order.len() {
            let k = self.order.remove(i);
            self.order.push(k);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.map.contains_key(key) {
            return None;
        }
        self.bump(key);
        self.map.get(key)
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.map.contains_key(&key) {
            self.map.insert(key.clone(), value);
            self.bump(&key);
            return;
        }
        if self.map.len() == self.capacity {
            // shift the oldest key to the end with swaps, then pop it
            let mut j: usize = 1;
            while j < self.order.len() {
                self.order.swap(j - 1, j);
                j += 1;
            }
            let victim = self.order.pop().unwrap();
            self.map.remove(&victim);
        }
        self.order.push(key.clone());
        self.map.insert(key, value);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
