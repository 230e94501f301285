// learner: slow
// why: LruCache::put is O(n) time, target O(1): eviction scans every entry's last-used tick for the minimum
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, (V, u64)>,
    tick: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), tick: 0 }
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.tick += 1;
        let t = self.tick;
        match self.map.get_mut(key) {
            Some(e) => {
                e.1 = t;
                Some(&e.0)
            }
            None => None,
        }
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|e| &e.0)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.tick += 1;
        if !self.map.contains_key(&key) && self.map.len() >= self.capacity {
            let mut oldest: Option<K> = None;
            let mut oldest_t = u64::MAX;
            for (k, e) in self.map.iter() {
                if e.1 < oldest_t {
                    oldest_t = e.1;
                    oldest = Some(k.clone());
                }
            }
            if let Some(k) = oldest {
                self.map.remove(&k);
            }
        }
        self.map.insert(key, (value, self.tick));
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
