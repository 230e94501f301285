// learner: slow
// why: LruCache::put is O(n) time, target O(1): evicts by scanning the whole map with iter().min_by_key(stamp)
//! LRU cache: values in a HashMap, each stamped with the time of its last use.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    tick: u64,
    data: HashMap<K, (V, u64)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, tick: 0, data: HashMap::new() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.tick += 1;
        let now = self.tick;
        match self.data.get_mut(key) {
            Some(entry) => {
                entry.1 = now;
                Some(&entry.0)
            }
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.data.get(key).map(|e| &e.0)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.tick += 1;
        if let Some(entry) = self.data.get_mut(&key) {
            entry.0 = value;
            entry.1 = self.tick;
            return;
        }
        if self.data.len() >= self.capacity {
            // the entry with the smallest stamp is the least recently used one
            let oldest = self.data.iter().min_by_key(|(_, (_, used))| *used).map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                self.data.remove(&k);
            }
        }
        self.data.insert(key, (value, self.tick));
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
