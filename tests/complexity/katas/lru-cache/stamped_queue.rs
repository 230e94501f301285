// learner: optimal
// idiom: lazy deletion: HashMap<K,(V,stamp)> + VecDeque<(K,stamp)> recency log, stale entries skipped, log compacted when it doubles (amortised O(1))
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    log: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), log: VecDeque::new(), clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// Drops stale log records once the log is twice as long as the cache:
    /// each record is dropped once, so this is O(1) amortised per push.
    fn compact_if_bloated(&mut self) {
        if self.log.len() > 2 * self.capacity + 8 {
            let entries = &self.entries;
            self.log.retain(|(k, stamp)| entries.get(k).map(|e| e.1) == Some(*stamp));
        }
    }

    fn record(&mut self, key: K, stamp: u64) {
        self.log.push_back((key, stamp));
        self.compact_if_bloated();
    }

    fn evict_one(&mut self) {
        while let Some((k, stamp)) = self.log.pop_front() {
            let live = matches!(self.entries.get(&k), Some(&(_, s)) if s == stamp);
            if live {
                self.entries.remove(&k);
                return;
            }
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.entries.contains_key(key) {
            return None;
        }
        let stamp = self.tick();
        self.entries.get_mut(key).unwrap().1 = stamp;
        self.record(key.clone(), stamp);
        self.entries.get(key).map(|e| &e.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let stamp = self.tick();
        if let Some(slot) = self.entries.get_mut(&key) {
            *slot = (value, stamp);
        } else {
            if self.entries.len() == self.capacity {
                self.evict_one();
            }
            self.entries.insert(key.clone(), (value, stamp));
        }
        self.record(key, stamp);
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
