// learner: optimal
// idiom: perf programmer; no linked list at all: HashMap<K,(V, stamp)> + VecDeque of (key, stamp) with lazy deletion, compacted in place with retain when it doubles
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, (V, u64)>,
    // Every access appends (key, stamp); only the entry whose stamp matches the map is live.
    queue: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), queue: VecDeque::new(), clock: 0 }
    }

    #[inline]
    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// Amortised O(1): runs only when the queue holds twice as many entries as are live,
    /// so the O(len) sweep is paid for by the len stale pushes before it.
    fn maybe_compact(&mut self) {
        if self.queue.len() > 2 * self.map.len() + 16 {
            let map = &self.map;
            self.queue.retain(|(k, s)| matches!(map.get(k), Some(&(_, live)) if live == *s));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.map.contains_key(key) {
            return None;
        }
        let stamp = self.tick();
        if let Some(entry) = self.map.get_mut(key) {
            entry.1 = stamp; // stamp first, so the compaction below sees the new entry as live
        }
        self.queue.push_back((key.clone(), stamp));
        self.maybe_compact();
        self.map.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|(v, _)| v)
    }

    fn evict_one(&mut self) {
        while let Some((k, s)) = self.queue.pop_front() {
            let live = matches!(self.map.get(&k), Some(&(_, cur)) if cur == s);
            if live {
                self.map.remove(&k);
                return;
            }
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let stamp = self.tick();
        if let Some(entry) = self.map.get_mut(&key) {
            *entry = (value, stamp);
        } else {
            if self.map.len() >= self.capacity {
                self.evict_one();
            }
            self.map.insert(key.clone(), (value, stamp));
        }
        self.queue.push_back((key, stamp));
        self.maybe_compact();
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
