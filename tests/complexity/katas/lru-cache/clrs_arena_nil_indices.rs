// learner: optimal
// idiom: arena Vec<Entry> with prev/next as usize and NIL = usize::MAX sentinel, explicit head/tail, evict by recycling the tail slot; if-heavy procedures
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

struct Entry<K, V> {
    key: K,
    value: V,
    prev: usize,
    next: usize,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    arena: Vec<Entry<K, V>>,
    head: usize,
    tail: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), arena: Vec::new(), head: NIL, tail: NIL }
    }

    fn unlink(&mut self, x: usize) {
        let p = self.arena[x].prev;
        let n = self.arena[x].next;
        if p != NIL {
            self.arena[p].next = n;
        } else {
            self.head = n;
        }
        if n != NIL {
            self.arena[n].prev = p;
        } else {
            self.tail = p;
        }
        self.arena[x].prev = NIL;
        self.arena[x].next = NIL;
    }

    fn push_front(&mut self, x: usize) {
        self.arena[x].prev = NIL;
        self.arena[x].next = self.head;
        if self.head != NIL {
            self.arena[self.head].prev = x;
        }
        self.head = x;
        if self.tail == NIL {
            self.tail = x;
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let x = match self.index.get(key) {
            Some(&x) => x,
            None => return None,
        };
        if x != self.head {
            self.unlink(x);
            self.push_front(x);
        }
        Some(&self.arena[x].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.index.get(key) {
            Some(&x) => Some(&self.arena[x].value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&x) = self.index.get(&key) {
            self.arena[x].value = value;
            self.unlink(x);
            self.push_front(x);
            return;
        }
        if self.arena.len() < self.capacity {
            let x = self.arena.len();
            self.arena.push(Entry { key: key.clone(), value, prev: NIL, next: NIL });
            self.index.insert(key, x);
            self.push_front(x);
            return;
        }
        let victim = self.tail;
        self.unlink(victim);
        self.index.remove(&self.arena[victim].key);
        self.arena[victim].key = key.clone();
        self.arena[victim].value = value;
        self.index.insert(key, victim);
        self.push_front(victim);
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
