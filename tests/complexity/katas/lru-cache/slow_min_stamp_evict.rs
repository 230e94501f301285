// learner: slow
// why: LruCache::put is O(n) time, target O(1): eviction scans every entry for the smallest last-used stamp
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    store: HashMap<K, (V, u64)>,
    now: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, store: HashMap::new(), now: 0 }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.now += 1;
        let now = self.now;
        match self.store.get_mut(key) {
            Some(entry) => {
                entry.1 = now;
                Some(&entry.0)
            }
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.store.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.now += 1;
        if !self.store.contains_key(&key) && self.store.len() >= self.capacity {
            let victim = self
                .store
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone());
            if let Some(v) = victim {
                self.store.remove(&v);
            }
        }
        self.store.insert(key, (value, self.now));
    }

    pub fn len(&self) -> usize {
        self.store.len()
    }

    pub fn is_empty(&self) -> bool {
        self.store.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
