// learner: slow
// why: LruCache::put is O(n) time, target O(1): slots carry last-use stamps and a full cache finds its victim with a minimum-stamp do-loop over all slots
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    slot: HashMap<K, usize>,
    keys: Vec<K>,
    vals: Vec<V>,
    used: Vec<u64>,
    t: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            slot: HashMap::new(),
            keys: Vec::new(),
            vals: Vec::new(),
            used: Vec::new(),
            t: 0,
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.slot.get(key)?;
        self.t += 1;
        self.used[i] = self.t;
        Some(&self.vals[i])
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let i = *self.slot.get(key)?;
        Some(&self.vals[i])
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.t += 1;
        if let Some(&i) = self.slot.get(&key) {
            self.vals[i] = value;
            self.used[i] = self.t;
            return;
        }
        let n = self.keys.len();
        if n < self.capacity {
            self.slot.insert(key.clone(), n);
            self.keys.push(key);
            self.vals.push(value);
            self.used.push(self.t);
            return;
        }
        // full: the victim is the slot with the oldest stamp
        let mut j = 0;
        for k in 1..n {
            if self.used[k] < self.used[j] {
                j = k;
            }
        }
        self.slot.remove(&self.keys[j]);
        self.slot.insert(key.clone(), j);
        self.keys[j] = key;
        self.vals[j] = value;
        self.used[j] = self.t;
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
