// learner: optimal
// idiom: GLSL: frame-stamp trick: every touch appends (key, stamp) to a ring queue, stale entries are skipped lazily, queue compacted when it doubles
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    // key -> (value, stamp of its latest touch)
    live: HashMap<K, (V, u64)>,
    // touch log in time order; an entry is current only if its stamp matches `live`
    log: VecDeque<(K, u64)>,
    frame: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, live: HashMap::new(), log: VecDeque::new(), frame: 0 }
    }

    fn stamp(&mut self, key: &K) {
        self.frame += 1;
        let f = self.frame;
        if let Some(e) = self.live.get_mut(key) {
            e.1 = f;
        }
        self.log.push_back((key.clone(), f));
        self.maybe_compact();
    }

    // when the log holds more than twice the live entries, drop the stale ones:
    // O(log len) work paid for by the >= len/2 pushes since the last compaction
    fn maybe_compact(&mut self) {
        if self.log.len() > 2 * self.live.len() + 16 {
            let live = &self.live;
            self.log.retain(|(k, f)| live.get(k).map_or(false, |e| e.1 == *f));
        }
    }

    fn evict_one(&mut self) {
        while let Some((k, f)) = self.log.pop_front() {
            let current = self.live.get(&k).map_or(false, |e| e.1 == f);
            if current {
                self.live.remove(&k);
                return;
            }
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1) amortised.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.live.contains_key(key) {
            return None;
        }
        self.stamp(key);
        self.live.get(key).map(|e| &e.0)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|e| &e.0)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry. O(1) amortised.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(e) = self.live.get_mut(&key) {
            e.0 = value;
            self.stamp(&key);
            return;
        }
        if self.live.len() == self.capacity {
            self.evict_one();
        }
        self.live.insert(key.clone(), (value, 0));
        self.stamp(&key);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.live.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
