// learner: optimal
// idiom: struct-of-arrays arena (keys/vals/prev/next in parallel Vecs), u32 links, a free list of slots, circular list with sentinel slot 0
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, u32>,
    // slot 0 is the sentinel: next[0] = most recent, prev[0] = least recent
    keys: Vec<Option<K>>,
    vals: Vec<Option<V>>,
    prev: Vec<u32>,
    next: Vec<u32>,
    free: Vec<u32>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        let mut c = LruCache {
            capacity,
            index: HashMap::new(),
            keys: Vec::new(),
            vals: Vec::new(),
            prev: Vec::new(),
            next: Vec::new(),
            free: Vec::new(),
        };
        c.keys.push(None);
        c.vals.push(None);
        c.prev.push(0);
        c.next.push(0);
        c
    }

    fn detach(&mut self, s: u32) {
        let p = self.prev[s as usize];
        let n = self.next[s as usize];
        self.next[p as usize] = n;
        self.prev[n as usize] = p;
    }

    fn attach_front(&mut self, s: u32) {
        let first = self.next[0];
        self.prev[s as usize] = 0;
        self.next[s as usize] = first;
        self.prev[first as usize] = s;
        self.next[0] = s;
    }

    fn alloc(&mut self) -> u32 {
        match self.free.pop() {
            Some(s) => s,
            None => {
                let s = self.keys.len() as u32;
                self.keys.push(None);
                self.vals.push(None);
                self.prev.push(0);
                self.next.push(0);
                s
            }
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let s = *self.index.get(key)?;
        self.detach(s);
        self.attach_front(s);
        self.vals[s as usize].as_ref()
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        let s = *self.index.get(key)?;
        self.vals[s as usize].as_ref()
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&s) = self.index.get(&key) {
            self.vals[s as usize] = Some(value);
            self.detach(s);
            self.attach_front(s);
            return;
        }
        if self.index.len() == self.capacity {
            let victim = self.prev[0];
            self.detach(victim);
            let old = self.keys[victim as usize].take().unwrap();
            self.vals[victim as usize] = None;
            self.index.remove(&old);
            self.free.push(victim);
        }
        let s = self.alloc();
        self.keys[s as usize] = Some(key.clone());
        self.vals[s as usize] = Some(value);
        self.attach_front(s);
        self.index.insert(key, s);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
