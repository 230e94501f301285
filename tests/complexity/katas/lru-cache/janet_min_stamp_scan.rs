// learner: slow
// idiom: Janet: one table key -> @[value last-used], and on eviction a `loop` over the whole table to find the smallest last-used, like (min-by |(get $ 1)) over (pairs tbl)
// why: get is O(1) but every put that evicts scans all `capacity` entries for the oldest stamp: O(capacity) per put
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    tbl: HashMap<K, (V, u64)>,
    tick: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, tbl: HashMap::new(), tick: 0 }
    }

    /// Returns the value for `key` and marks `key` as most recently used.
    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.tick += 1;
        let now = self.tick;
        let e = self.tbl.get_mut(key)?;
        e.1 = now;
        Some(&e.0)
    }

    /// Returns the value for `key` without changing the recency order.
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.tbl.get(key).map(|e| &e.0)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        self.tick += 1;
        if !self.tbl.contains_key(&key) && self.tbl.len() >= self.capacity {
            let mut oldest: Option<(&K, u64)> = None;
            for (k, (_, used)) in self.tbl.iter() {
                match oldest {
                    Some((_, u)) if u <= *used => {}
                    _ => oldest = Some((k, *used)),
                }
            }
            if let Some((k, _)) = oldest {
                let k = k.clone();
                self.tbl.remove(&k);
            }
        }
        self.tbl.insert(key, (value, self.tick));
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.tbl.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.tbl.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
