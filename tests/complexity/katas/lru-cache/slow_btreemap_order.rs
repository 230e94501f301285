// learner: slow
// why: LruCache::get and LruCache::put are O(log n) time, target O(1): recency kept in a BTreeMap<stamp, key> that every touch removes from and re-inserts into
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    tick: u64,
    values: HashMap<K, (V, u64)>,
    order: BTreeMap<u64, K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, tick: 0, values: HashMap::new(), order: BTreeMap::new() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.tick += 1;
        let tick = self.tick;
        let entry = self.values.get_mut(key)?;
        self.order.remove(&entry.1);
        entry.1 = tick;
        self.order.insert(tick, key.clone());
        Some(&entry.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.values.get(key).map(|e| &e.0)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.tick += 1;
        if let Some(entry) = self.values.get_mut(&key) {
            self.order.remove(&entry.1);
            *entry = (value, self.tick);
            self.order.insert(self.tick, key);
            return;
        }
        if self.values.len() >= self.capacity {
            if let Some((_, oldest)) = self.order.pop_first() {
                self.values.remove(&oldest);
            }
        }
        self.order.insert(self.tick, key.clone());
        self.values.insert(key, (value, self.tick));
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
