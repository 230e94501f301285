// learner: slow
// why: LruCache::get is O(n) time, target O(1): recency kept as a Vec of keys, a helper loop finds the key's index and Vec::remove shifts the rest
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    values: HashMap<K, V>,
    /// Keys from least to most recently used.
    order: Vec<K>,
}

/// Index of `key` in the recency list, by walking it.
fn index_of<K: Eq>(order: &[K], key: &K) -> Option<usize> {
    let mut i = 0;
    for k in order {
        if k == key {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn move_to_back<K: Eq>(order: &mut Vec<K>, key: &K) {
    if let Some(i) = index_of(order, key) {
        let k = order.remove(i);
        order.push(k);
    }
}

fn oldest<K>(order: &mut Vec<K>) -> K {
    order.remove(0)
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, values: HashMap::new(), order: Vec::new() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if self.values.contains_key(key) {
            move_to_back(&mut self.order, key);
        }
        self.values.get(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.values.get(key)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.values.contains_key(&key) {
            move_to_back(&mut self.order, &key);
        } else {
            if self.values.len() == self.capacity {
                let gone = oldest(&mut self.order);
                self.values.remove(&gone);
            }
            self.order.push(key.clone());
        }
        self.values.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
