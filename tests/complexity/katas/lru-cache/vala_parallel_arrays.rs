// learner: optimal
// idiom: vala: struct-of-arrays like separate GArrays (keys, values, prev, next) with usize::MAX as the null link, plus getters
// why: each operation reads/writes a constant number of array cells after one hash lookup; eviction overwrites the tail's cells, O(1) per call
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NONE: usize = usize::MAX;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    keys: Vec<K>,
    values: Vec<V>,
    prev_links: Vec<usize>,
    next_links: Vec<usize>,
    first: usize,
    last: usize,
    table: HashMap<K, usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            keys: Vec::new(),
            values: Vec::new(),
            prev_links: Vec::new(),
            next_links: Vec::new(),
            first: NONE,
            last: NONE,
            table: HashMap::new(),
        }
    }

    fn get_prev(&self, i: usize) -> usize {
        self.prev_links[i]
    }

    fn get_next(&self, i: usize) -> usize {
        self.next_links[i]
    }

    fn set_prev(&mut self, i: usize, p: usize) {
        if i == NONE {
            self.last = p;
        } else {
            self.prev_links[i] = p;
        }
    }

    fn set_next(&mut self, i: usize, n: usize) {
        if i == NONE {
            self.first = n;
        } else {
            self.next_links[i] = n;
        }
    }

    fn remove_link(&mut self, i: usize) {
        let p = self.get_prev(i);
        let n = self.get_next(i);
        self.set_next(p, n);
        self.set_prev(n, p);
    }

    fn prepend_link(&mut self, i: usize) {
        let old_first = self.first;
        self.prev_links[i] = NONE;
        self.next_links[i] = old_first;
        self.set_prev(old_first, i);
        self.first = i;
    }

    fn promote(&mut self, i: usize) {
        if self.first != i {
            self.remove_link(i);
            self.prepend_link(i);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if let Some(&i) = self.table.get(key) {
            self.promote(i);
            return Some(&self.values[i]);
        }
        None
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let i = *self.table.get(key)?;
        Some(&self.values[i])
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.table.get(&key) {
            self.values[i] = value;
            self.promote(i);
            return;
        }
        if self.keys.len() == self.capacity {
            let victim = self.last;
            self.remove_link(victim);
            self.table.remove(&self.keys[victim]);
            self.keys[victim] = key.clone();
            self.values[victim] = value;
            self.table.insert(key, victim);
            self.prepend_link(victim);
        } else {
            let i = self.keys.len();
            self.keys.push(key.clone());
            self.values.push(value);
            self.prev_links.push(NONE);
            self.next_links.push(NONE);
            self.table.insert(key, i);
            self.prepend_link(i);
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
