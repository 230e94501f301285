// learner: optimal
// idiom: Janet: no linked list at all: a table key -> [value stamp] and a queue of [key stamp] tuples; stale tuples are skipped lazily (like leaving dead entries in an array and sweeping later), the queue is swept when it gets twice too long
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    table: HashMap<K, (V, u64)>,
    order: VecDeque<(K, u64)>, // oldest at the front; only tuples whose stamp matches the table are live
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, table: HashMap::new(), order: VecDeque::new(), clock: 0 }
    }

    fn is_live(&self, k: &K, stamp: u64) -> bool {
        matches!(self.table.get(k), Some(&(_, s)) if s == stamp)
    }

    // Every push may leave one dead tuple behind; once the dead ones outnumber the
    // live ones, sweep them all. The sweep is O(queue) but it only happens after
    // at least `capacity` pushes, so each push pays O(1) for it.
    fn note(&mut self, k: K) -> u64 {
        self.clock += 1;
        let stamp = self.clock;
        self.order.push_back((k, stamp));
        if self.order.len() > 2 * self.capacity + 8 {
            let old = std::mem::take(&mut self.order);
            for (k, s) in old {
                if self.is_live(&k, s) || s == stamp {
                    self.order.push_back((k, s));
                }
            }
        }
        stamp
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.table.contains_key(key) {
            return None;
        }
        let stamp = self.note(key.clone());
        let e = self.table.get_mut(key)?;
        e.1 = stamp;
        Some(&e.0)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.table.get(key).map(|(v, _)| v)
    }

    fn evict_oldest(&mut self) {
        while let Some((k, s)) = self.order.pop_front() {
            if self.is_live(&k, s) {
                self.table.remove(&k);
                return;
            }
        }
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.table.contains_key(&key) && self.table.len() == self.capacity {
            self.evict_oldest();
        }
        // `note` keeps the brand-new tuple through a sweep (s == stamp)
        let stamp = self.note(key.clone());
        self.table.insert(key, (value, stamp));
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
