// learner: optimal
// idiom: Smalltalk-style: Vec arena of nodes with Option<usize> links, many tiny private methods (unlink, pushFront, touch, evictOldest)
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
    index: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), nodes: Vec::new(), head: None, tail: None }
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
        self.nodes[i].prev = None;
        self.nodes[i].next = None;
    }

    fn push_front(&mut self, i: usize) {
        self.nodes[i].next = self.head;
        self.nodes[i].prev = None;
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

    fn is_full(&self) -> bool {
        self.nodes.len() >= self.capacity
    }

    fn recycle_oldest(&mut self, key: K, value: V) {
        let t = self.tail.expect("a full cache has a tail");
        self.unlink(t);
        let old_key = std::mem::replace(&mut self.nodes[t].key, key.clone());
        self.index.remove(&old_key);
        self.nodes[t].value = value;
        self.index.insert(key, t);
        self.push_front(t);
    }

    fn append_fresh(&mut self, key: K, value: V) {
        let i = self.nodes.len();
        self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
        self.index.insert(key, i);
        self.push_front(i);
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
        } else if self.is_full() {
            self.recycle_oldest(key, value);
        } else {
            self.append_fresh(key, value);
        }
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
