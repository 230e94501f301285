// learner: optimal
// idiom: lazy deletion: HashMap key->(value, stamp) + VecDeque of (key, stamp) in use order; stale entries skipped on eviction, queue compacted when it doubles (amortised O(1))
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    uses: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), uses: VecDeque::new(), clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn record_use(&mut self, key: K, stamp: u64) {
        self.uses.push_back((key, stamp));
        // Each compaction walks ~2*capacity entries but only after ~capacity pushes
        // since the previous one: amortised O(1) per push.
        if self.uses.len() > 2 * self.capacity + 8 {
            let entries = &self.entries;
            self.uses.retain(|(k, s)| entries.get(k).map_or(false, |e| e.1 == *s));
        }
    }

    fn evict_oldest(&mut self) {
        while let Some((k, s)) = self.uses.pop_front() {
            let live = self.entries.get(&k).map_or(false, |e| e.1 == s);
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
        self.record_use(key.clone(), stamp);
        self.entries.get(key).map(|e| &e.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.entries.contains_key(&key) && self.entries.len() >= self.capacity {
            self.evict_oldest();
        }
        let stamp = self.tick();
        self.entries.insert(key.clone(), (value, stamp));
        self.record_use(key, stamp);
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
