// learner: slow
// idiom: GLSL: per-entry "last frame used" stamp; eviction is a min-reduction over every entry with a branch-free select
// why: each eviction scans all entries for the smallest stamp: O(capacity) per put on a full cache
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    frame: u64,
    // parallel arrays: slot -> key / value / last-used frame
    keys: Vec<K>,
    vals: Vec<V>,
    stamps: Vec<u64>,
    slot_of: HashMap<K, usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            frame: 0,
            keys: Vec::new(),
            vals: Vec::new(),
            stamps: Vec::new(),
            slot_of: HashMap::new(),
        }
    }

    fn tick(&mut self) -> u64 {
        self.frame += 1;
        self.frame
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let slot = *self.slot_of.get(key)?;
        let f = self.tick();
        self.stamps[slot] = f;
        Some(&self.vals[slot])
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.slot_of.get(key).map(|&s| &self.vals[s])
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let f = self.tick();
        if let Some(&slot) = self.slot_of.get(&key) {
            self.vals[slot] = value;
            self.stamps[slot] = f;
            return;
        }
        if self.keys.len() < self.capacity {
            self.keys.push(key.clone());
            self.vals.push(value);
            self.stamps.push(f);
            self.slot_of.insert(key, self.keys.len() - 1);
            return;
        }
        // min-reduction over all lanes, branch-free select of the winner
        let mut victim = 0usize;
        let mut oldest = u64::MAX;
        for lane in 0..self.stamps.len() {
            let s = self.stamps[lane];
            let take = (s < oldest) as usize; // 0 or 1
            let mask = take.wrapping_neg(); // 0 or !0
            victim = (lane & mask) | (victim & !mask);
            oldest = oldest.min(s);
        }
        self.slot_of.remove(&self.keys[victim]);
        self.keys[victim] = key.clone();
        self.vals[victim] = value;
        self.stamps[victim] = f;
        self.slot_of.insert(key, victim);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
