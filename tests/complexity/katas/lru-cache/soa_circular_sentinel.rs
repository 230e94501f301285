// learner: optimal
// idiom: struct-of-arrays circular list with a sentinel at link 0, payload Vec<(K, V)> offset by one, small inline helpers
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, usize>,
    // links[0] is the sentinel; link i > 0 belongs to entries[i - 1].
    prev: Vec<usize>,
    next: Vec<usize>,
    entries: Vec<(K, V)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), prev: vec![SENTINEL], next: vec![SENTINEL], entries: Vec::new() }
    }

    #[inline]
    fn detach(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    #[inline]
    fn attach_front(&mut self, i: usize) {
        let first = self.next[SENTINEL];
        self.prev[i] = SENTINEL;
        self.next[i] = first;
        self.prev[first] = i;
        self.next[SENTINEL] = i;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let &link = self.map.get(key)?;
        self.detach(link);
        self.attach_front(link);
        Some(&self.entries[link - 1].1)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|&link| &self.entries[link - 1].1)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let link = match self.map.get(&key) {
            Some(&link) => {
                self.entries[link - 1].1 = value;
                self.detach(link);
                link
            }
            None if self.entries.len() < self.capacity => {
                self.entries.push((key.clone(), value));
                self.prev.push(SENTINEL);
                self.next.push(SENTINEL);
                self.map.insert(key, self.entries.len());
                self.entries.len()
            }
            None => {
                let lru = self.prev[SENTINEL];
                self.detach(lru);
                let (old_key, _) = std::mem::replace(&mut self.entries[lru - 1], (key.clone(), value));
                self.map.remove(&old_key);
                self.map.insert(key, lru);
                lru
            }
        };
        self.attach_front(link);
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
