// learner: optimal
// idiom: lazy deletion: HashMap key -> (value, stamp) plus a VecDeque of (key, stamp) touches; stale touches skipped on eviction, queue compacted when it doubles (amortised O(1))
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    live: HashMap<K, (V, u64)>,
    touches: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, live: HashMap::new(), touches: VecDeque::new(), clock: 0 }
    }

    fn stamp(&mut self, key: &K) -> u64 {
        self.clock += 1;
        self.touches.push_back((key.clone(), self.clock));
        if self.touches.len() > 2 * self.capacity + 16 {
            self.compact();
        }
        self.clock
    }

    /// Drops stale touches; runs once per ~capacity touches, so O(1) amortised.
    fn compact(&mut self) {
        let live = &self.live;
        let clock = self.clock;
        self.touches.retain(|(k, s)| {
            // the touch just pushed is current even if its key is not in `live` yet
            *s == clock || live.get(k).map_or(false, |&(_, t)| t == *s)
        });
    }

    fn evict_oldest(&mut self) {
        while let Some((k, s)) = self.touches.pop_front() {
            let current = matches!(self.live.get(&k), Some(&(_, t)) if t == s);
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
        let s = self.stamp(key);
        let slot = self.live.get_mut(key)?;
        slot.1 = s;
        Some(&slot.0)
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
        let s = self.stamp(&key);
        self.live.insert(key, (value, s));
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
