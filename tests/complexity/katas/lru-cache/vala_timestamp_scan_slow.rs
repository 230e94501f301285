// learner: slow
// idiom: vala: each entry carries a "last-used" stamp (like a GObject property), eviction looks for the smallest stamp
// why: misses put O(1): evicting scans all entries for the minimum stamp, O(capacity) per put on a full cache; get/peek are O(1)
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct Entry<V> {
    value: V,
    last_used: u64,
}

pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, Entry<V>>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let now = self.tick();
        match self.entries.get_mut(key) {
            Some(entry) => {
                entry.last_used = now;
                Some(&entry.value)
            }
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|e| &e.value)
    }

    fn find_least_recent(&self) -> Option<K> {
        let mut best: Option<(&K, u64)> = None;
        for (k, e) in self.entries.iter() {
            match best {
                Some((_, stamp)) if stamp <= e.last_used => {}
                _ => best = Some((k, e.last_used)),
            }
        }
        best.map(|(k, _)| k.clone())
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let now = self.tick();
        if let Some(entry) = self.entries.get_mut(&key) {
            entry.value = value;
            entry.last_used = now;
            return;
        }
        if self.entries.len() >= self.capacity {
            if let Some(victim) = self.find_least_recent() {
                self.entries.remove(&victim);
            }
        }
        self.entries.insert(key, Entry { value, last_used: now });
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
