// learner: slow
// why: LruCache::get is O(n) time, target O(1): VecDeque<(K,V)> searched with a while/index loop, then remove(i) + push_back
//! LRU cache: a VecDeque of (key, value) pairs, least recently used at the front.

use std::collections::VecDeque;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    items: VecDeque<(K, V)>,
}

fn find<K: Eq, V>(items: &VecDeque<(K, V)>, key: &K) -> Option<usize> {
    let mut i = 0;
    while i < items.len() {
        if items[i].0 == *key {
            return Some(i);
        }
        i += 1;
    }
    None
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, items: VecDeque::new() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = find(&self.items, key)?;
        let pair = self.items.remove(i)?;
        self.items.push_back(pair);
        self.items.back().map(|p| &p.1)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match find(&self.items, key) {
            Some(i) => Some(&self.items[i].1),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(i) = find(&self.items, &key) {
            self.items.remove(i);
        } else if self.items.len() == self.capacity {
            self.items.pop_front();
        }
        self.items.push_back((key, value));
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
