// learner: slow
// why: LruCache::put is O(n) time, target O(1): each value carries a last-used tick and eviction scans the map for the smallest tick
use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    clock: u64,
    entries: HashMap<K, (V, u64)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, clock: 0, entries: HashMap::new() }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let now = self.tick();
        match self.entries.get_mut(key) {
            Some(entry) => {
                entry.1 = now;
                Some(&entry.0)
            }
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let now = self.tick();
        if let Some(entry) = self.entries.get_mut(&key) {
            *entry = (value, now);
            return;
        }
        if self.entries.len() >= self.capacity {
            let mut oldest: Option<(&K, u64)> = None;
            for (k, (_, t)) in self.entries.iter() {
                if oldest.map_or(true, |(_, best)| *t < best) {
                    oldest = Some((k, *t));
                }
            }
            if let Some((k, _)) = oldest {
                let k = k.clone();
                self.entries.remove(&k);
            }
        }
        self.entries.insert(key, (value, now));
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
