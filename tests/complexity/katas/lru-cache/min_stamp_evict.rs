// learner: slow
// why: LruCache::put is O(n) time, target O(1): each entry keeps a last-used stamp and eviction scans the whole map for the smallest one
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    now: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), now: 0 }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.now += 1;
        let now = self.now;
        match self.entries.get_mut(key) {
            Some(e) => {
                e.1 = now;
                Some(&e.0)
            }
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|e| &e.0)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.now += 1;
        if !self.entries.contains_key(&key) && self.entries.len() >= self.capacity {
            // find the least recently used entry
            let oldest = self
                .entries
                .iter()
                .min_by_key(|(_, (_, stamp))| *stamp)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                self.entries.remove(&k);
            }
        }
        self.entries.insert(key, (value, self.now));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
