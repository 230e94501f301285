// learner: optimal
// idiom: Janet: a table key -> slot plus an array of node structs linked by prev/next indices (my usual "struct in an array" trick); evict by reusing the tail's slot
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    val: V,
    prev: Option<usize>,
    next: Option<usize>,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    where_is: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    head: Option<usize>, // most recent
    tail: Option<usize>, // least recent
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, where_is: HashMap::new(), nodes: Vec::new(), head: None, tail: None }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.nodes[i].prev, self.nodes[i].next);
        match p {
            Some(p) => self.nodes[p].next = n,
            None => self.head = n,
        }
        match n {
            Some(n) => self.nodes[n].prev = p,
            None => self.tail = p,
        }
        self.nodes[i].prev = None;
        self.nodes[i].next = None;
    }

    fn push_front(&mut self, i: usize) {
        self.nodes[i].prev = None;
        self.nodes[i].next = self.head;
        if let Some(h) = self.head {
            self.nodes[h].prev = Some(i);
        }
        self.head = Some(i);
        if self.tail.is_none() {
            self.tail = Some(i);
        }
    }

    fn touch(&mut self, i: usize) {
        if self.head != Some(i) {
            self.unlink(i);
            self.push_front(i);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.where_is.get(key)?;
        self.touch(i);
        Some(&self.nodes[i].val)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.where_is.get(key).map(|&i| &self.nodes[i].val)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.where_is.get(&key) {
            self.nodes[i].val = value;
            self.touch(i);
            return;
        }
        if self.nodes.len() < self.capacity {
            let i = self.nodes.len();
            self.nodes.push(Node { key: key.clone(), val: value, prev: None, next: None });
            self.where_is.insert(key, i);
            self.push_front(i);
        } else {
            // full: recycle the least recently used slot
            let i = self.tail.expect("full cache has a tail");
            self.unlink(i);
            self.where_is.remove(&self.nodes[i].key);
            self.nodes[i].key = key.clone();
            self.nodes[i].val = value;
            self.where_is.insert(key, i);
            self.push_front(i);
        }
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
