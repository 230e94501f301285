// learner: optimal
// idiom: Spring-style: lazy-deletion design, HashMap<K, Entry{value, stamp}> + VecDeque<(K, stamp)> usage log, amortised compaction helper
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

struct CacheEntry<V> {
    value: V,
    stamp: u64,
}

pub struct LruCache<K, V> {
    capacity: usize,
    store: HashMap<K, CacheEntry<V>>,
    usage_log: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, store: HashMap::new(), usage_log: VecDeque::new(), clock: 0 }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let stamp = self.tick();
        let entry = self.store.get_mut(key)?;
        entry.stamp = stamp;
        self.usage_log.push_back((key.clone(), stamp));
        self.compact_if_needed();
        self.store.get(key).map(|entry| &entry.value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.store.get(key).map(|entry| &entry.value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let stamp = self.tick();
        if !self.store.contains_key(&key) && self.store.len() >= self.capacity {
            self.evict_least_recent();
        }
        self.usage_log.push_back((key.clone(), stamp));
        self.store.insert(key, CacheEntry { value, stamp });
        self.compact_if_needed();
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

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn is_live(&self, key: &K, stamp: u64) -> bool {
        self.store.get(key).map_or(false, |entry| entry.stamp == stamp)
    }

    fn evict_least_recent(&mut self) {
        while let Some((key, stamp)) = self.usage_log.pop_front() {
            if self.is_live(&key, stamp) {
                self.store.remove(&key);
                return;
            }
        }
    }

    /// Stale log records are dropped once they outnumber live ones: each record is
    /// pushed once and dropped once, so this is O(1) amortised per call.
    fn compact_if_needed(&mut self) {
        if self.usage_log.len() <= 2 * self.store.len() + 16 {
            return;
        }
        let store = &self.store;
        self.usage_log
            .retain(|(key, stamp)| store.get(key).map_or(false, |entry| entry.stamp == *stamp));
    }
}
