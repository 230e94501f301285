// learner: optimal
// idiom: lazy-deletion recency queue: VecDeque of (key, stamp) pushed on every touch, stale entries skipped on eviction, periodic retain-compaction keeps it O(capacity) (O(1) amortised)
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    clock: u64,
    entries: HashMap<K, (V, u64)>,
    recency: VecDeque<(K, u64)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, clock: 0, entries: HashMap::new(), recency: VecDeque::new() }
    }

    fn is_live(&self, key: &K, stamp: u64) -> bool {
        self.entries.get(key).map_or(false, |&(_, s)| s == stamp)
    }

    fn compact_if_needed(&mut self) {
        if self.recency.len() > 2 * self.capacity + 16 {
            let entries = &self.entries;
            self.recency.retain(|(k, s)| entries.get(k).map_or(false, |e| e.1 == *s));
        }
    }

    fn stamp(&mut self, key: &K) -> u64 {
        self.clock += 1;
        self.recency.push_back((key.clone(), self.clock));
        self.clock
    }

    fn evict_one(&mut self) {
        while let Some((k, s)) = self.recency.pop_front() {
            if self.is_live(&k, s) {
                self.entries.remove(&k);
                return;
            }
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.entries.contains_key(key) {
            return None;
        }
        let now = self.stamp(key);
        if let Some(entry) = self.entries.get_mut(key) {
            entry.1 = now;
        }
        // compact only once the new stamp is live, or it would be dropped as stale
        self.compact_if_needed();
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            self.evict_one();
        }
        let now = self.stamp(&key);
        self.entries.insert(key, (value, now));
        self.compact_if_needed();
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
