// learner: optimal
// idiom: Java-ish: Node class with Option<usize> prev/next and getters/setters, HashMap<K, usize> index, early returns, separate removeNode/addToHead/removeTail methods
#![allow(non_snake_case)]
use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

impl<K, V> Node<K, V> {
    fn getPrev(&self) -> Option<usize> {
        self.prev
    }
    fn getNext(&self) -> Option<usize> {
        self.next
    }
    fn setPrev(&mut self, prev: Option<usize>) {
        self.prev = prev;
    }
    fn setNext(&mut self, next: Option<usize>) {
        self.next = next;
    }
}

pub struct LruCache<K, V> {
    capacity: usize,
    nodes: Vec<Node<K, V>>,
    nodeIndex: HashMap<K, usize>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity: capacity,
            nodes: Vec::with_capacity(capacity.min(1 << 16)),
            nodeIndex: HashMap::new(),
            head: None,
            tail: None,
        }
    }

    fn removeNode(&mut self, index: usize) {
        let prev = self.nodes[index].getPrev();
        let next = self.nodes[index].getNext();
        match prev {
            Some(p) => self.nodes[p].setNext(next),
            None => self.head = next,
        }
        match next {
            Some(n) => self.nodes[n].setPrev(prev),
            None => self.tail = prev,
        }
        self.nodes[index].setPrev(None);
        self.nodes[index].setNext(None);
    }

    fn addToHead(&mut self, index: usize) {
        self.nodes[index].setPrev(None);
        self.nodes[index].setNext(self.head);
        if let Some(oldHead) = self.head {
            self.nodes[oldHead].setPrev(Some(index));
        }
        self.head = Some(index);
        if self.tail.is_none() {
            self.tail = Some(index);
        }
    }

    fn moveToHead(&mut self, index: usize) {
        self.removeNode(index);
        self.addToHead(index);
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let index = match self.nodeIndex.get(key) {
            Some(i) => *i,
            None => return None,
        };
        self.moveToHead(index);
        Some(&self.nodes[index].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.nodeIndex.get(key) {
            Some(i) => Some(&self.nodes[*i].value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(index) = self.nodeIndex.get(&key) {
            let index = *index;
            self.nodes[index].value = value;
            self.moveToHead(index);
            return;
        }
        if self.nodeIndex.len() < self.capacity {
            let newIndex = self.nodes.len();
            self.nodes.push(Node { key: key.clone(), value: value, prev: None, next: None });
            self.nodeIndex.insert(key, newIndex);
            self.addToHead(newIndex);
            return;
        }
        let tailIndex = match self.tail {
            Some(t) => t,
            None => return,
        };
        self.removeNode(tailIndex);
        let oldKey = self.nodes[tailIndex].key.clone();
        self.nodeIndex.remove(&oldKey);
        self.nodes[tailIndex].key = key.clone();
        self.nodes[tailIndex].value = value;
        self.nodeIndex.insert(key, tailIndex);
        self.addToHead(tailIndex);
    }

    pub fn len(&self) -> usize {
        self.nodeIndex.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodeIndex.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
