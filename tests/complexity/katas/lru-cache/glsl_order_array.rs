// learner: slow
// idiom: GLSL: recency kept as a flat array of keys (index 0 = least recent), found with position() and shifted with remove()
// why: every get/put searches and shifts the order array: O(capacity) per operation
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    values: HashMap<K, V>,
    order: Vec<K>, // back = most recent
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, values: HashMap::new(), order: Vec::new() }
    }

    fn bump(&mut self, key: &K) {
        if let Some(idx) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(idx);
            self.order.push(k);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.values.contains_key(key) {
            return None;
        }
        self.bump(key);
        self.values.get(key)
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.values.get(key)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.values.contains_key(&key) {
            self.values.insert(key.clone(), value);
            self.bump(&key);
            return;
        }
        if self.values.len() == self.capacity {
            let oldest = self.order.remove(0);
            self.values.remove(&oldest);
        }
        self.order.push(key.clone());
        self.values.insert(key, value);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
