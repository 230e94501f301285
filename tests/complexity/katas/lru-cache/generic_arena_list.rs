// learner: optimal
// idiom: generic Arena<K, V> doubly-linked list type with associated helpers (unlink/push_front/pop_back) behind a HashMap<K, usize>
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

/// An index-linked list whose nodes live in a Vec.
struct Arena<K, V> {
    nodes: Vec<Node<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K, V> Arena<K, V> {
    fn with_capacity(cap: usize) -> Self {
        Arena { nodes: Vec::with_capacity(cap), head: None, tail: None }
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

    fn alloc(&mut self, key: K, value: V) -> usize {
        self.nodes.push(Node { key, value, prev: None, next: None });
        let i = self.nodes.len() - 1;
        self.push_front(i);
        i
    }

    fn touch(&mut self, i: usize) {
        if self.head != Some(i) {
            self.unlink(i);
            self.push_front(i);
        }
    }
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    list: Arena<K, V>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::with_capacity(capacity), list: Arena::with_capacity(capacity) }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.index.get(key)?;
        self.list.touch(i);
        Some(&self.list.nodes[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index.get(key).map(|&i| &self.list.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.list.nodes[i].value = value;
            self.list.touch(i);
            return;
        }
        if self.index.len() < self.capacity {
            let i = self.list.alloc(key.clone(), value);
            self.index.insert(key, i);
            return;
        }
        let victim = self.list.tail.expect("full cache has a tail");
        self.list.unlink(victim);
        let node = &mut self.list.nodes[victim];
        let old_key = std::mem::replace(&mut node.key, key.clone());
        node.value = value;
        self.index.remove(&old_key);
        self.index.insert(key, victim);
        self.list.push_front(victim);
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
