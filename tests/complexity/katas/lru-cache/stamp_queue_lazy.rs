// learner: optimal
// idiom: colleague style: HashMap<K,(V,stamp)> plus a VecDeque of (key, stamp) with lazy deletion and occasional compaction
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    queue: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        Self { capacity, entries: HashMap::new(), queue: VecDeque::new(), clock: 0 }
    }

    fn touch(&mut self, key: &K) -> u64 {
        self.clock += 1;
        self.queue.push_back((key.clone(), self.clock));
        if self.queue.len() > 2 * self.capacity + 16 {
            // drop stale records; each record is dropped at most once: amortised O(1)
            let entries = &self.entries;
            self.queue.retain(|(k, t)| entries.get(k).is_some_and(|e| e.1 == *t) || *t == self.clock);
        }
        self.clock
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.entries.contains_key(key) {
            return None;
        }
        let stamp = self.touch(key);
        let entry = self.entries.get_mut(key)?;
        entry.1 = stamp;
        Some(&entry.0)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            while let Some((k, t)) = self.queue.pop_front() {
                if self.entries.get(&k).is_some_and(|e| e.1 == t) {
                    self.entries.remove(&k);
                    break;
                }
            }
        }
        let stamp = self.touch(&key);
        self.entries.insert(key, (value, stamp));
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
