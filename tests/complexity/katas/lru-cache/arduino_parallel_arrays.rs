// learner: optimal
// idiom: Arduino hobbyist: fixed-size parallel arrays (prev/next/key/value) allocated up front, NIL sentinel like 0xFFFF, head/tail indexes and a used-slot counter
// why:
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    slot_of: HashMap<K, usize>,
    keys: Vec<Option<K>>,
    vals: Vec<Option<V>>,
    prev: Vec<usize>,
    next: Vec<usize>,
    head: usize, // newest
    tail: usize, // oldest
    used: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        let mut keys = Vec::with_capacity(capacity);
        let mut vals = Vec::with_capacity(capacity);
        for _ in 0..capacity {
            keys.push(None);
            vals.push(None);
        }
        LruCache {
            capacity,
            slot_of: HashMap::with_capacity(capacity),
            keys,
            vals,
            prev: vec![NIL; capacity],
            next: vec![NIL; capacity],
            head: NIL,
            tail: NIL,
            used: 0,
        }
    }

    fn remove_slot(&mut self, s: usize) {
        let p = self.prev[s];
        let n = self.next[s];
        if p != NIL { self.next[p] = n; } else { self.head = n; }
        if n != NIL { self.prev[n] = p; } else { self.tail = p; }
        self.prev[s] = NIL;
        self.next[s] = NIL;
    }

    fn add_to_head(&mut self, s: usize) {
        self.prev[s] = NIL;
        self.next[s] = self.head;
        if self.head != NIL { self.prev[self.head] = s; }
        self.head = s;
        if self.tail == NIL { self.tail = s; }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let s = *self.slot_of.get(key)?;
        if s != self.head {
            self.remove_slot(s);
            self.add_to_head(s);
        }
        self.vals[s].as_ref()
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        let s = *self.slot_of.get(key)?;
        self.vals[s].as_ref()
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let s;
        if let Some(&found) = self.slot_of.get(&key) {
            s = found;
            self.remove_slot(s);
        } else if self.used < self.capacity {
            s = self.used;
            self.used += 1;
            self.keys[s] = Some(key.clone());
            self.slot_of.insert(key, s);
        } else {
            s = self.tail;
            self.remove_slot(s);
            if let Some(old) = self.keys[s].take() {
                self.slot_of.remove(&old);
            }
            self.keys[s] = Some(key.clone());
            self.slot_of.insert(key, s);
        }
        self.vals[s] = Some(value);
        self.add_to_head(s);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.used
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
