// learner: optimal
// idiom: no linked list: key -> (value, stamp) map plus a VecDeque of (key, stamp) with lazy deletion and periodic compaction (amortised O(1))
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    live: HashMap<K, (V, u64)>,
    queue: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, live: HashMap::new(), queue: VecDeque::new(), clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// The queue holds one current record per live key plus stale ones; once the stale
    /// records outnumber the live keys, drop them all in one pass. Each pass removes at
    /// least as many records as it keeps, so the cost is amortised O(1) per operation.
    fn maybe_compact(&mut self) {
        if self.queue.len() <= 2 * self.live.len() + 16 {
            return;
        }
        let mut kept = VecDeque::with_capacity(self.live.len());
        while let Some((k, s)) = self.queue.pop_front() {
            let current = matches!(self.live.get(&k), Some(&(_, cur)) if cur == s);
            if current {
                kept.push_back((k, s));
            }
        }
        self.queue = kept;
    }

    fn evict_oldest(&mut self) {
        while let Some((k, s)) = self.queue.pop_front() {
            let current = matches!(self.live.get(&k), Some(&(_, cur)) if cur == s);
            if current {
                self.live.remove(&k);
                return;
            }
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.live.contains_key(key) {
            return None;
        }
        let stamp = self.tick();
        self.queue.push_back((key.clone(), stamp));
        if let Some(slot) = self.live.get_mut(key) {
            slot.1 = stamp;
        }
        self.maybe_compact();
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.live.contains_key(&key) && self.live.len() == self.capacity {
            self.evict_oldest();
        }
        let stamp = self.tick();
        self.queue.push_back((key.clone(), stamp));
        self.live.insert(key, (value, stamp));
        self.maybe_compact();
    }

    pub fn len(&self) -> usize {
        self.live.len()
    }

    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
