// learner: optimal
// idiom: C-style: HashMap<K, usize> + Vec of nodes with usize prev/next and a NIL sentinel, head/tail fields, the evicted tail slot is overwritten in place (no free list), explicit if-chains
//! LRU cache with O(1) get and put.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

struct Node<K, V> {
    key: K,
    value: V,
    prev: usize,
    next: usize,
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    head: usize, // most recent
    tail: usize, // least recent
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), nodes: Vec::new(), head: NIL, tail: NIL }
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
        Some(&self.nodes[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.index.get(key) {
            Some(&i) => Some(&self.nodes[i].value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.nodes[i].value = value;
            if self.head != i {
                self.detach(i);
                self.attach_front(i);
            }
            return;
        }
        if self.nodes.len() < self.capacity {
            let i = self.nodes.len();
            self.nodes.push(Node { key: key.clone(), value, prev: NIL, next: NIL });
            self.index.insert(key, i);
            self.attach_front(i);
            return;
        }
        // full: recycle the least recently used slot
        let victim = self.tail;
        self.detach(victim);
        let old_key = std::mem::replace(&mut self.nodes[victim].key, key.clone());
        self.index.remove(&old_key);
        self.nodes[victim].value = value;
        self.index.insert(key, victim);
        self.attach_front(victim);
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
