// learner: optimal
// idiom: Ruby-style: HashMap key => slot plus a Vec arena of nodes with Option links, small private helpers, map/and_then chains
use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

pub struct LruCache<K, V> {
    capacity: usize,
    slots: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, slots: HashMap::new(), nodes: Vec::new(), head: None, tail: None }
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
        self.head.map(|h| self.nodes[h].prev = Some(i));
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

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.slots.get(key)?;
        self.touch(i);
        Some(&self.nodes[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.slots.get(key).map(|&i| &self.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.slots.get(&key) {
            self.nodes[i].value = value;
            self.touch(i);
            return;
        }
        let i = if self.nodes.len() < self.capacity {
            self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
            self.nodes.len() - 1
        } else {
            let victim = self.tail.expect("full cache has a tail");
            self.unlink(victim);
            let old = std::mem::replace(&mut self.nodes[victim].key, key.clone());
            self.slots.remove(&old);
            self.nodes[victim].value = value;
            victim
        };
        self.slots.insert(key, i);
        self.push_front(i);
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
