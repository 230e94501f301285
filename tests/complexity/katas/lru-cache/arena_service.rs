// learner: optimal
// idiom: Spring-style: Vec arena of Node structs linked by Option<usize>, HashMap<K, usize> index, private detach/attach_front/evict helpers
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

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let slot = *self.index.get(key)?;
        self.promote(slot);
        Some(&self.nodes[slot].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index.get(key).map(|&slot| &self.nodes[slot].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&slot) = self.index.get(&key) {
            self.nodes[slot].value = value;
            self.promote(slot);
            return;
        }
        let slot = if self.is_full() { self.recycle_tail(key.clone(), value) } else { self.allocate(key.clone(), value) };
        self.index.insert(key, slot);
        self.attach_front(slot);
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

    fn is_full(&self) -> bool {
        self.index.len() >= self.capacity
    }

    fn allocate(&mut self, key: K, value: V) -> usize {
        self.nodes.push(Node { key, value, prev: None, next: None });
        self.nodes.len() - 1
    }

    fn recycle_tail(&mut self, key: K, value: V) -> usize {
        let victim = self.tail.expect("full cache has a tail");
        self.detach(victim);
        let node = &mut self.nodes[victim];
        let old_key = std::mem::replace(&mut node.key, key);
        node.value = value;
        self.index.remove(&old_key);
        victim
    }

    fn promote(&mut self, slot: usize) {
        if self.head != Some(slot) {
            self.detach(slot);
            self.attach_front(slot);
        }
    }

    fn detach(&mut self, slot: usize) {
        let (prev, next) = (self.nodes[slot].prev, self.nodes[slot].next);
        match prev {
            Some(p) => self.nodes[p].next = next,
            None => self.head = next,
        }
        match next {
            Some(n) => self.nodes[n].prev = prev,
            None => self.tail = prev,
        }
        self.nodes[slot].prev = None;
        self.nodes[slot].next = None;
    }

    fn attach_front(&mut self, slot: usize) {
        self.nodes[slot].next = self.head;
        self.nodes[slot].prev = None;
        if let Some(old_head) = self.head {
            self.nodes[old_head].prev = Some(slot);
        }
        self.head = Some(slot);
        if self.tail.is_none() {
            self.tail = Some(slot);
        }
    }
}
