// learner: optimal
// idiom: CLRS 10.2 circular doubly linked list with a sentinel at index 0, struct-of-arrays (prev/next/keys/vals Vecs), LIST-DELETE / LIST-INSERT helpers
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    table: HashMap<K, usize>,
    prev: Vec<usize>,
    next: Vec<usize>,
    keys: Vec<Option<K>>,
    vals: Vec<Option<V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            table: HashMap::new(),
            prev: vec![SENTINEL],
            next: vec![SENTINEL],
            keys: vec![None],
            vals: vec![None],
        }
    }

    /// LIST-DELETE'(L, x)
    fn list_delete(&mut self, x: usize) {
        let (p, n) = (self.prev[x], self.next[x]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    /// LIST-INSERT'(L, x): insert x right after the sentinel (most recent).
    fn list_insert(&mut self, x: usize) {
        let first = self.next[SENTINEL];
        self.next[x] = first;
        self.prev[first] = x;
        self.next[SENTINEL] = x;
        self.prev[x] = SENTINEL;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let x = *self.table.get(key)?;
        self.list_delete(x);
        self.list_insert(x);
        self.vals[x].as_ref()
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let x = *self.table.get(key)?;
        self.vals[x].as_ref()
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&x) = self.table.get(&key) {
            self.vals[x] = Some(value);
            self.list_delete(x);
            self.list_insert(x);
            return;
        }
        let x;
        if self.table.len() == self.capacity {
            // the least recently used node sits just before the sentinel
            x = self.prev[SENTINEL];
            self.list_delete(x);
            let old = self.keys[x].take().expect("a live node has a key");
            self.table.remove(&old);
        } else {
            x = self.keys.len();
            self.prev.push(SENTINEL);
            self.next.push(SENTINEL);
            self.keys.push(None);
            self.vals.push(None);
        }
        self.keys[x] = Some(key.clone());
        self.vals[x] = Some(value);
        self.table.insert(key, x);
        self.list_insert(x);
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
