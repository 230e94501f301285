// learner: optimal
// idiom: beginner style, Vec<(K,V,usize,usize)> tuple nodes, usize::MAX as NIL, contains_key then index, early returns
//! LRU cache: nodes are tuples in a Vec, linked with plain usize indices.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    // (key, value, prev, next)
    nodes: Vec<(K, V, usize, usize)>,
    where_is: HashMap<K, usize>,
    first: usize, // most recently used
    last: usize,  // least recently used
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity: capacity, nodes: Vec::new(), where_is: HashMap::new(), first: NIL, last: NIL }
    }

    fn detach(&mut self, idx: usize) {
        let p = self.nodes[idx].2;
        let n = self.nodes[idx].3;
        if p != NIL {
            self.nodes[p].3 = n;
        } else {
            self.first = n;
        }
        if n != NIL {
            self.nodes[n].2 = p;
        } else {
            self.last = p;
        }
        self.nodes[idx].2 = NIL;
        self.nodes[idx].3 = NIL;
    }

    fn attach_front(&mut self, idx: usize) {
        self.nodes[idx].2 = NIL;
        self.nodes[idx].3 = self.first;
        if self.first != NIL {
            self.nodes[self.first].2 = idx;
        }
        self.first = idx;
        if self.last == NIL {
            self.last = idx;
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let idx = match self.where_is.get(key) {
            Some(i) => *i,
            None => return None,
        };
        if idx != self.first {
            self.detach(idx);
            self.attach_front(idx);
        }
        return Some(&self.nodes[idx].1);
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.where_is.get(key) {
            Some(i) => Some(&self.nodes[*i].1),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.where_is.contains_key(&key) {
            let idx = self.where_is[&key];
            self.nodes[idx].1 = value;
            if idx != self.first {
                self.detach(idx);
                self.attach_front(idx);
            }
            return;
        }
        if self.nodes.len() < self.capacity {
            self.nodes.push((key.clone(), value, NIL, NIL));
            let idx = self.nodes.len() - 1;
            self.where_is.insert(key, idx);
            self.attach_front(idx);
            return;
        }
        // full: recycle the least recently used slot
        let victim = self.last;
        self.detach(victim);
        let old_key = self.nodes[victim].0.clone();
        self.where_is.remove(&old_key);
        self.nodes[victim].0 = key.clone();
        self.nodes[victim].1 = value;
        self.where_is.insert(key, victim);
        self.attach_front(victim);
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
