// learner: optimal
// idiom: LabVIEW-style arena: parallel-ish node Vec with usize::MAX as "no wire", explicit head/tail registers, if-heavy
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

struct Node<K, V> {
    key: K,
    val: V,
    prev: usize,
    next: usize,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    nodes: Vec<Node<K, V>>,
    index: HashMap<K, usize>,
    head: usize, // most recent
    tail: usize, // least recent
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            nodes: Vec::new(),
            index: HashMap::new(),
            head: NIL,
            tail: NIL,
        }
    }

    fn detach(&mut self, i: usize) {
        let p = self.nodes[i].prev;
        let n = self.nodes[i].next;
        if p != NIL {
            self.nodes[p].next = n;
        } else {
            self.head = n;
        }
        if n != NIL {
            self.nodes[n].prev = p;
        } else {
            self.tail = p;
        }
        self.nodes[i].prev = NIL;
        self.nodes[i].next = NIL;
    }

    fn attach_front(&mut self, i: usize) {
        self.nodes[i].prev = NIL;
        self.nodes[i].next = self.head;
        if self.head != NIL {
            self.nodes[self.head].prev = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = match self.index.get(key) {
            Some(&i) => i,
            None => return None,
        };
        if self.head != i {
            self.detach(i);
            self.attach_front(i);
        }
        Some(&self.nodes[i].val)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        if let Some(&i) = self.index.get(key) {
            return Some(&self.nodes[i].val);
        }
        None
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.nodes[i].val = value;
            if self.head != i {
                self.detach(i);
                self.attach_front(i);
            }
            return;
        }
        if self.nodes.len() < self.capacity {
            let i = self.nodes.len();
            self.nodes.push(Node { key: key.clone(), val: value, prev: NIL, next: NIL });
            self.index.insert(key, i);
            self.attach_front(i);
        } else {
            // recycle the tail slot
            let i = self.tail;
            self.detach(i);
            self.index.remove(&self.nodes[i].key);
            self.nodes[i].key = key.clone();
            self.nodes[i].val = value;
            self.index.insert(key, i);
            self.attach_front(i);
        }
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
