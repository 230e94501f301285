// learner: optimal
// idiom: SICP student; arena of nodes linked by Option<usize>, every list operation a small named procedure (unlink, push-front, evict-oldest), match-heavy
//! LRU cache with O(1) get and put: see README.md.

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
    where_is: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    front: Option<usize>,
    back: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, where_is: HashMap::new(), nodes: Vec::new(), front: None, back: None }
    }

    fn set_next(&mut self, at: Option<usize>, to: Option<usize>) {
        match at {
            Some(i) => self.nodes[i].next = to,
            None => self.front = to,
        }
    }

    fn set_prev(&mut self, at: Option<usize>, to: Option<usize>) {
        match at {
            Some(i) => self.nodes[i].prev = to,
            None => self.back = to,
        }
    }

    fn unlink(&mut self, i: usize) {
        let prev = self.nodes[i].prev;
        let next = self.nodes[i].next;
        self.set_next(prev, next);
        self.set_prev(next, prev);
    }

    fn push_front(&mut self, i: usize) {
        let old_front = self.front;
        self.nodes[i].prev = None;
        self.nodes[i].next = old_front;
        self.set_prev(old_front, Some(i));
        self.front = Some(i);
    }

    fn touch(&mut self, i: usize) {
        self.unlink(i);
        self.push_front(i);
    }

    fn full(&self) -> bool {
        self.nodes.len() >= self.capacity
    }

    /// Reuses the oldest node for a new entry: returns its index.
    fn recycle_oldest(&mut self, key: K, value: V) -> usize {
        match self.back {
            Some(i) => {
                self.unlink(i);
                self.where_is.remove(&self.nodes[i].key);
                self.nodes[i].key = key;
                self.nodes[i].value = value;
                i
            }
            None => unreachable!("a full cache with capacity > 0 has a back node"),
        }
    }

    fn fresh_node(&mut self, key: K, value: V) -> usize {
        self.nodes.push(Node { key, value, prev: None, next: None });
        self.nodes.len() - 1
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        match self.where_is.get(key).copied() {
            None => None,
            Some(i) => {
                self.touch(i);
                Some(&self.nodes[i].value)
            }
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.where_is.get(key).map(|&i| &self.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        match (self.capacity, self.where_is.get(&key).copied()) {
            (0, _) => {}
            (_, Some(i)) => {
                self.nodes[i].value = value;
                self.touch(i);
            }
            (_, None) => {
                let i = if self.full() {
                    self.recycle_oldest(key.clone(), value)
                } else {
                    self.fresh_node(key.clone(), value)
                };
                self.push_front(i);
                self.where_is.insert(key, i);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
