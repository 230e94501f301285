// learner: optimal
// idiom: Standard ML student: a map into a Vec of records with Option links, small pure-ish helpers (unlink / push_front) and match on every Option
// why:
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

type Link = Option<usize>;

struct Node<K, V> {
    key: K,
    value: V,
    prev: Link,
    next: Link,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    front: Link, // most recently used
    back: Link,  // least recently used
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), nodes: Vec::new(), front: None, back: None }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.nodes[i].prev, self.nodes[i].next);
        match p {
            Some(p) => self.nodes[p].next = n,
            None => self.front = n,
        }
        match n {
            Some(n) => self.nodes[n].prev = p,
            None => self.back = p,
        }
        self.nodes[i].prev = None;
        self.nodes[i].next = None;
    }

    fn push_front(&mut self, i: usize) {
        self.nodes[i].prev = None;
        self.nodes[i].next = self.front;
        match self.front {
            Some(f) => self.nodes[f].prev = Some(i),
            None => self.back = Some(i),
        }
        self.front = Some(i);
    }

    fn touch(&mut self, i: usize) {
        if self.front != Some(i) {
            self.unlink(i);
            self.push_front(i);
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        match self.index.get(key).copied() {
            None => None,
            Some(i) => {
                self.touch(i);
                Some(&self.nodes[i].value)
            }
        }
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index.get(key).map(|&i| &self.nodes[i].value)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        match self.index.get(&key).copied() {
            Some(i) => {
                self.nodes[i].value = value;
                self.touch(i);
            }
            None if self.nodes.len() < self.capacity => {
                let i = self.nodes.len();
                self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
                self.index.insert(key, i);
                self.push_front(i);
            }
            None => {
                // full: recycle the slot of the least recently used entry
                let i = self.back.expect("a full cache has a back");
                self.unlink(i);
                let old = std::mem::replace(&mut self.nodes[i], Node { key: key.clone(), value, prev: None, next: None });
                self.index.remove(&old.key);
                self.index.insert(key, i);
                self.push_front(i);
            }
        }
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
