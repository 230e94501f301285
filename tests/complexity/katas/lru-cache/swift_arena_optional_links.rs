// learner: optimal
// idiom: Swift-style optionals for links (Option<usize> prev/next), guard-let early returns, arena Vec of nodes with tail slot reuse
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
        LruCache {
            capacity,
            slots: HashMap::with_capacity(capacity.min(1 << 16)),
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

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let Some(&i) = self.slots.get(key) else { return None };
        if self.head != Some(i) {
            self.unlink(i);
            self.push_front(i);
        }
        Some(&self.nodes[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let &i = self.slots.get(key)?;
        Some(&self.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        guard_capacity(self.capacity).map(|_| self.put_inner(key, value));
    }

    fn put_inner(&mut self, key: K, value: V) {
        if let Some(&i) = self.slots.get(&key) {
            self.nodes[i].value = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        if self.nodes.len() < self.capacity {
            let i = self.nodes.len();
            self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
            self.slots.insert(key, i);
            self.push_front(i);
            return;
        }
        let Some(victim) = self.tail else { return };
        self.unlink(victim);
        self.slots.remove(&self.nodes[victim].key);
        self.nodes[victim].key = key.clone();
        self.nodes[victim].value = value;
        self.slots.insert(key, victim);
        self.push_front(victim);
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

fn guard_capacity(capacity: usize) -> Option<usize> {
    if capacity == 0 {
        return None;
    }
    Some(capacity)
}
