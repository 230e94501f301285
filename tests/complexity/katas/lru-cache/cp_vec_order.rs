// learner: slow
// why: LruCache::get is O(capacity) time, target O(1): the recency order is a Vec of keys scanned with an index loop and shifted with remove(i)
use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    c: usize,
    m: HashMap<K, V>,
    o: Vec<K>, // least recent first
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { c: capacity, m: HashMap::new(), o: Vec::new() }
    }

    fn bump(&mut self, k: &K) {
        let n = self.o.len();
        for i in 0..n {
            if self.o[i] == *k {
                let x = self.o.remove(i);
                self.o.push(x);
                return;
            }
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.m.contains_key(key) {
            return None;
        }
        self.bump(key);
        self.m.get(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.m.get(key)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.c == 0 {
            return;
        }
        if self.m.contains_key(&key) {
            self.m.insert(key.clone(), value);
            self.bump(&key);
            return;
        }
        if self.m.len() == self.c {
            let v = self.o.remove(0);
            self.m.remove(&v);
        }
        self.o.push(key.clone());
        self.m.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.m.len()
    }

    pub fn is_empty(&self) -> bool {
        self.m.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.c
    }
}
