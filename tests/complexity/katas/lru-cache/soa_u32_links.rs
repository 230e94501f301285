// learner: optimal
// idiom: CUDA GPU programmer: structure-of-arrays (keys, vals, prev, next as parallel Vecs) with u32 indices and a NIL sentinel value, inline link surgery
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: u32 = u32::MAX;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, u32>,
    keys: Vec<K>,
    vals: Vec<V>,
    prev: Vec<u32>,
    next: Vec<u32>,
    head: u32, // most recent
    tail: u32, // least recent
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

    #[inline]
    fn unlink(&mut self, i: u32) {
        let (p, n) = (self.prev[i as usize], self.next[i as usize]);
        if p != NIL { self.next[p as usize] = n; } else { self.head = n; }
        if n != NIL { self.prev[n as usize] = p; } else { self.tail = p; }
    }

    #[inline]
    fn push_front(&mut self, i: u32) {
        self.prev[i as usize] = NIL;
        self.next[i as usize] = self.head;
        if self.head != NIL { self.prev[self.head as usize] = i; }
        self.head = i;
        if self.tail == NIL { self.tail = i; }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.map.get(key)?;
        if i != self.head {
            self.unlink(i);
            self.push_front(i);
        }
        Some(&self.vals[i as usize])
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let i = *self.map.get(key)?;
        Some(&self.vals[i as usize])
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.map.get(&key) {
            self.vals[i as usize] = value;
            if i != self.head {
                self.unlink(i);
                self.push_front(i);
            }
            return;
        }
        let i;
        if self.keys.len() < self.capacity {
            i = self.keys.len() as u32;
            self.keys.push(key.clone());
            self.vals.push(value);
            self.prev.push(NIL);
            self.next.push(NIL);
        } else {
            i = self.tail;
            self.unlink(i);
            self.map.remove(&self.keys[i as usize]);
            self.keys[i as usize] = key.clone();
            self.vals[i as usize] = value;
        }
        self.map.insert(key, i);
        self.push_front(i);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
