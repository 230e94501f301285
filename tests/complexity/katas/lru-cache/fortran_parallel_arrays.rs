// learner: optimal
// idiom: Fortran-style: parallel flat arrays (keys, vals, prv, nxt) with a NIL sentinel index, preallocated to capacity, inline link surgery
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    pos: HashMap<K, usize>,
    keys: Vec<K>,
    vals: Vec<V>,
    prv: Vec<usize>,
    nxt: Vec<usize>,
    head: usize,
    tail: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            pos: HashMap::with_capacity(capacity),
            keys: Vec::with_capacity(capacity),
            vals: Vec::with_capacity(capacity),
            prv: Vec::with_capacity(capacity),
            nxt: Vec::with_capacity(capacity),
            head: NIL,
            tail: NIL,
        }
    }

    fn mv_front(&mut self, i: usize) {
        if self.head == i {
            return;
        }
        // cut i out
        let p = self.prv[i];
        let q = self.nxt[i];
        if p != NIL {
            self.nxt[p] = q;
        }
        if q != NIL {
            self.prv[q] = p;
        } else {
            self.tail = p;
        }
        // put it at the head
        self.prv[i] = NIL;
        self.nxt[i] = self.head;
        if self.head != NIL {
            self.prv[self.head] = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = match self.pos.get(key) {
            Some(&i) => i,
            None => return None,
        };
        self.mv_front(i);
        Some(&self.vals[i])
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.pos.get(key) {
            Some(&i) => Some(&self.vals[i]),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.pos.get(&key) {
            self.vals[i] = value;
            self.mv_front(i);
            return;
        }
        let n = self.keys.len();
        if n < self.capacity {
            // new slot at the end of the arrays
            self.keys.push(key.clone());
            self.vals.push(value);
            self.prv.push(NIL);
            self.nxt.push(NIL);
            self.pos.insert(key, n);
            // link in at the head (slot n is not in the list yet)
            self.nxt[n] = self.head;
            if self.head != NIL {
                self.prv[self.head] = n;
            }
            self.head = n;
            if self.tail == NIL {
                self.tail = n;
            }
            return;
        }
        // full: reuse the tail slot
        let t = self.tail;
        self.pos.remove(&self.keys[t]);
        self.keys[t] = key.clone();
        self.vals[t] = value;
        self.pos.insert(key, t);
        self.mv_front(t);
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
