// learner: optimal
// idiom: modern Rust, Vec<Node> arena with Option<usize> links, unlink/push_front/touch helpers, mem::replace on eviction
//! LRU cache with O(1) get and put: a HashMap into an index-linked arena.

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
    index: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index: HashMap::with_capacity(capacity.min(1 << 16)),
            nodes: Vec::new(),
            head: None,
            tail: None,
        }
    }

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

    fn push_front(&mut self, i: usize) {
        self.nodes[i].prev = None;
        self.nodes[i].next = self.head;
        if let Some(h) = self.head {
            self.nodes[h].prev = Some(i);
        }
        self.head = Some(i);
        self.tail.get_or_insert(i);
    }

    fn touch(&mut self, i: usize) {
        if self.head != Some(i) {
            self.unlink(i);
            self.push_front(i);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.index.get(key)?;
        self.touch(i);
        Some(&self.nodes[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index.get(key).map(|&i| &self.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.nodes[i].value = value;
            self.touch(i);
            return;
        }
        let slot = if self.nodes.len() < self.capacity {
            self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
            self.nodes.len() - 1
        } else {
            let lru = self.tail.expect("full cache has a tail");
            self.unlink(lru);
            let old = std::mem::replace(&mut self.nodes[lru].key, key.clone());
            self.index.remove(&old);
            self.nodes[lru].value = value;
            lru
        };
        self.index.insert(key, slot);
        self.push_front(slot);
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
