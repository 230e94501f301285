// learner: optimal
// idiom: Janet: struct-of-arrays (keys, vals, prev, next as separate arrays, NIL = usize::MAX) with a sentinel slot 0 closing the ring, like a circular list in flat buffers
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    slot_of: HashMap<K, usize>,
    // slot 0 is the sentinel: next[0] = most recent, prev[0] = least recent
    keys: Vec<Option<K>>,
    vals: Vec<Option<V>>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            slot_of: HashMap::new(),
            keys: vec![None],
            vals: vec![None],
            prev: vec![0],
            next: vec![0],
        }
    }

    fn detach(&mut self, s: usize) {
        let (p, n) = (self.prev[s], self.next[s]);
        self.next[p] = n;
        self.prev[n] = p;
        self.prev[s] = NIL;
        self.next[s] = NIL;
    }

    fn attach_front(&mut self, s: usize) {
        let first = self.next[0];
        self.next[s] = first;
        self.prev[s] = 0;
        self.prev[first] = s;
        self.next[0] = s;
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let s = *self.slot_of.get(key)?;
        self.detach(s);
        self.attach_front(s);
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
        let s = match self.slot_of.get(&key) {
            Some(&s) => {
                self.vals[s] = Some(value);
                self.detach(s);
                s
            }
            None => {
                let s = if self.slot_of.len() < self.capacity {
                    self.keys.push(None);
                    self.vals.push(None);
                    self.prev.push(NIL);
                    self.next.push(NIL);
                    self.keys.len() - 1
                } else {
                    let old = self.prev[0];
                    self.detach(old);
                    if let Some(k) = self.keys[old].take() {
                        self.slot_of.remove(&k);
                    }
                    old
                };
                self.keys[s] = Some(key.clone());
                self.vals[s] = Some(value);
                self.slot_of.insert(key, s);
                s
            }
        };
        self.attach_front(s);
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
