//! LRU cache with O(1) get and put: see README.md.

use std::hash::Hash;
use std::marker::PhantomData;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    // Replace this with your own fields, e.g. a HashMap<K, usize> from keys to node
    // indices and a Vec of nodes linked by prev/next indices.
    _entries: PhantomData<(K, V)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, _entries: PhantomData }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let _ = key;
        todo!("get")
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        let _ = key;
        todo!("peek")
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    /// If a new key arrives while the cache is full, the least recently used entry is
    /// evicted first. With capacity 0 nothing is stored. O(1).
    pub fn put(&mut self, key: K, value: V) {
        let _ = (key, value);
        todo!("put")
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        todo!("len")
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        todo!("is_empty")
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
