// learner: optimal
// idiom: GLSL: parallel arrays (struct-of-arrays) for keys/values/prev/next with NIL = usize::MAX, explicit head/tail
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    index_of: HashMap<K, usize>,
    // struct-of-arrays, like separate vertex attribute buffers
    keys: Vec<K>,
    vals: Vec<V>,
    prev: Vec<usize>,
    next: Vec<usize>,
    head: usize, // most recent
    tail: usize, // least recent
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index_of: HashMap::new(),
            keys: Vec::new(),
            vals: Vec::new(),
            prev: Vec::new(),
            next: Vec::new(),
            head: NIL,
            tail: NIL,
        }
    }

    fn detach(&mut self, i: usize) {
        let p = self.prev[i];
        let n = self.next[i];
        if p != NIL { self.next[p] = n; } else { self.head = n; }
        if n != NIL { self.prev[n] = p; } else { self.tail = p; }
        self.prev[i] = NIL;
        self.next[i] = NIL;
    }

    fn attach_head(&mut self, i: usize) {
        self.prev[i] = NIL;
        self.next[i] = self.head;
        if self.head != NIL { self.prev[self.head] = i; }
        self.head = i;
        if self.tail == NIL { self.tail = i; }
    }

    fn touch(&mut self, i: usize) {
        if self.head != i {
            self.detach(i);
            self.attach_head(i);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.index_of.get(key)?;
        self.touch(i);
        Some(&self.vals[i])
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index_of.get(key).map(|&i| &self.vals[i])
    }

    /// Inserts or overwrites `key`, making it the most recently used entry. O(1).
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index_of.get(&key) {
            self.vals[i] = value;
            self.touch(i);
            return;
        }
        let i = if self.keys.len() < self.capacity {
            self.keys.push(key.clone());
            self.vals.push(value);
            self.prev.push(NIL);
            self.next.push(NIL);
            self.keys.len() - 1
        } else {
            let t = self.tail;
            self.detach(t);
            self.index_of.remove(&self.keys[t]);
            self.keys[t] = key.clone();
            self.vals[t] = value;
            t
        };
        self.index_of.insert(key, i);
        self.attach_head(i);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.index_of.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.index_of.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
