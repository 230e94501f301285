// learner: slow
// why: LruCache::put is O(n) time when full, target O(1): recency kept as a timestamp per key, the victim found by EXTRACT-MIN as a linear scan over the map
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    time: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), time: 0 }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.time += 1;
        let now = self.time;
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

    /// EXTRACT-MIN: the key with the oldest stamp.
    fn least_recent(&self) -> Option<K> {
        let mut best: Option<(&K, u64)> = None;
        for (k, (_, t)) in &self.entries {
            if best.map_or(true, |(_, bt)| *t < bt) {
                best = Some((k, *t));
            }
        }
        best.map(|(k, _)| k.clone())
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.time += 1;
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            if let Some(old) = self.least_recent() {
                self.entries.remove(&old);
            }
        }
        self.entries.insert(key, (value, self.time));
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
