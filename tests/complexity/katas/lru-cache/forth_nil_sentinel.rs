// learner: optimal
// idiom: Forth-style: arena of nodes in parallel Vecs (keys/vals/prev/next) with a NIL sentinel, tiny unlink/link-front words, free slot reused on eviction
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, usize>,
    keys: Vec<K>,
    vals: Vec<V>,
    prev: Vec<usize>,
    next: Vec<usize>,
    head: usize,
    tail: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            map: HashMap::new(),
            keys: Vec::new(),
            vals: Vec::new(),
            prev: Vec::new(),
            next: Vec::new(),
            head: NIL,
            tail: NIL,
        }
    }

    fn unlink(&mut self, i: usize) {
        let p = self.prev[i];
        let n = self.next[i];
        if p == NIL { self.head = n; } else { self.next[p] = n; }
        if n == NIL { self.tail = p; } else { self.prev[n] = p; }
        self.prev[i] = NIL;
        self.next[i] = NIL;
    }

    fn link_front(&mut self, i: usize) {
        self.prev[i] = NIL;
        self.next[i] = self.head;
        if self.head != NIL { self.prev[self.head] = i; }
        self.head = i;
        if self.tail == NIL { self.tail = i; }
    }

    fn touch(&mut self, i: usize) {
        if self.head != i {
            self.unlink(i);
            self.link_front(i);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.map.get(key)?;
        self.touch(i);
        Some(&self.vals[i])
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let i = *self.map.get(key)?;
        Some(&self.vals[i])
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.map.get(&key) {
            self.vals[i] = value;
            self.touch(i);
            return;
        }
        if self.keys.len() < self.capacity {
            let i = self.keys.len();
            self.keys.push(key.clone());
            self.vals.push(value);
            self.prev.push(NIL);
            self.next.push(NIL);
            self.map.insert(key, i);
            self.link_front(i);
            return;
        }
        // full: recycle the tail slot
        let i = self.tail;
        self.unlink(i);
        self.map.remove(&self.keys[i]);
        self.keys[i] = key.clone();
        self.vals[i] = value;
        self.map.insert(key, i);
        self.link_front(i);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
