// learner: slow
// idiom: Arduino hobbyist: values in a HashMap, recency kept as a plain Vec of keys (oldest first), found with position() and shifted with remove()
// why: get and put are O(capacity) time vs the O(1) target: Vec::position scans the order list and Vec::remove shifts every later key on each access
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    store: HashMap<K, V>,
    order: Vec<K>, // order[0] = oldest, last = newest
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, store: HashMap::new(), order: Vec::new() }
    }

    fn bump(&mut self, key: &K) {
        if let Some(pos) = self.order.iter().position(|k| k == key) {
            let k = self.order.remove(pos);
            self.order.push(k);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.store.contains_key(key) {
            return None;
        }
        self.bump(key);
        self.store.get(key)
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.store.get(key)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.store.contains_key(&key) {
            self.store.insert(key.clone(), value);
            self.bump(&key);
            return;
        }
        if self.store.len() >= self.capacity {
            let oldest = self.order.remove(0);
            self.store.remove(&oldest);
        }
        self.order.push(key.clone());
        self.store.insert(key, value);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.store.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.store.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
