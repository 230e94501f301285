// learner: optimal
// idiom: vala: GList-like doubly linked nodes in a Vec arena with Option<usize> links, HashMap key->node, unlink/push_front helpers
// why: get/put/peek are one hash lookup plus a constant number of link rewrites; eviction reuses the tail slot, O(1) time and O(1) extra space per call
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    nodes: Vec<Node<K, V>>,
    lookup: HashMap<K, usize>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            nodes: Vec::new(),
            lookup: HashMap::new(),
            head: None,
            tail: None,
        }
    }

    fn unlink(&mut self, index: usize) {
        let prev = self.nodes[index].prev;
        let next = self.nodes[index].next;
        match prev {
            Some(p) => self.nodes[p].next = next,
            None => self.head = next,
        }
        match next {
            Some(n) => self.nodes[n].prev = prev,
            None => self.tail = prev,
        }
        self.nodes[index].prev = None;
        self.nodes[index].next = None;
    }

    fn push_front(&mut self, index: usize) {
        self.nodes[index].prev = None;
        self.nodes[index].next = self.head;
        if let Some(old_head) = self.head {
            self.nodes[old_head].prev = Some(index);
        }
        self.head = Some(index);
        if self.tail.is_none() {
            self.tail = Some(index);
        }
    }

    fn touch(&mut self, index: usize) {
        if self.head == Some(index) {
            return;
        }
        self.unlink(index);
        self.push_front(index);
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let index = *self.lookup.get(key)?;
        self.touch(index);
        Some(&self.nodes[index].value)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.lookup.get(key).map(|&i| &self.nodes[i].value)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&index) = self.lookup.get(&key) {
            self.nodes[index].value = value;
            self.touch(index);
            return;
        }
        if self.nodes.len() < self.capacity {
            let index = self.nodes.len();
            self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
            self.lookup.insert(key, index);
            self.push_front(index);
        } else {
            // full: recycle the least recently used node
            let victim = self.tail.expect("a full cache has a tail");
            self.unlink(victim);
            let old_key = self.nodes[victim].key.clone();
            self.lookup.remove(&old_key);
            self.nodes[victim].key = key.clone();
            self.nodes[victim].value = value;
            self.lookup.insert(key, victim);
            self.push_front(victim);
        }
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.lookup.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.lookup.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
