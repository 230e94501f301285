//! LRU cache: a HashMap from key to node index plus a doubly-linked list kept in a
//! Vec arena (indices instead of pointers). O(1) get, peek and put.

use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    value: V,
    /// Towards the most recently used end.
    prev: Option<usize>,
    /// Towards the least recently used end.
    next: Option<usize>,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    /// Key -> index of its node in `nodes`.
    map: HashMap<K, usize>,
    /// The arena. It never grows past `capacity`: evictions reuse the tail's slot.
    nodes: Vec<Node<K, V>>,
    /// Most recently used node.
    head: Option<usize>,
    /// Least recently used node.
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), nodes: Vec::new(), head: None, tail: None }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.map.get(key)?;
        self.unlink(i);
        self.push_front(i);
        Some(&self.nodes[i].value)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|&i| &self.nodes[i].value)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    /// If a new key arrives while the cache is full, the least recently used entry is
    /// evicted first. With capacity 0 nothing is stored. O(1).
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.map.get(&key) {
            self.nodes[i].value = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.nodes.len() < self.capacity {
            self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
            self.nodes.len() - 1
        } else {
            // Full: recycle the least recently used node for the new entry.
            let i = self.tail.expect("a full cache with capacity > 0 has a tail");
            self.unlink(i);
            let node = &mut self.nodes[i];
            self.map.remove(&node.key);
            node.key = key.clone();
            node.value = value;
            i
        };
        self.map.insert(key, i);
        self.push_front(i);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Detaches node `i` from the list, joining its neighbours.
    fn unlink(&mut self, i: usize) {
        let (prev, next) = (self.nodes[i].prev, self.nodes[i].next);
        match prev {
            Some(p) => self.nodes[p].next = next,
            None => self.head = next,
        }
        match next {
            Some(n) => self.nodes[n].prev = prev,
            None => self.tail = prev,
        }
    }

    /// Attaches the detached node `i` as the most recently used one.
    fn push_front(&mut self, i: usize) {
        self.nodes[i].prev = None;
        self.nodes[i].next = self.head;
        match self.head {
            Some(h) => self.nodes[h].prev = Some(i),
            None => self.tail = Some(i),
        }
        self.head = Some(i);
    }
}
