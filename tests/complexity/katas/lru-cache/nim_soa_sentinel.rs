// learner: optimal
// idiom: Nim-style: struct-of-arrays (keys/vals/prev/next Vecs) with a sentinel slot 0 closing the ring, usize links, `result` variables, small link procs
use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

pub struct LruCache<K, V> {
    capacity: usize,
    slot_of: HashMap<K, usize>,
    keys: Vec<Option<K>>,
    vals: Vec<Option<V>>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        // slot 0 is the sentinel: next[0] is the most recent, prev[0] the least recent
        let result = LruCache {
            capacity,
            slot_of: HashMap::new(),
            keys: vec![None],
            vals: vec![None],
            prev: vec![SENTINEL],
            next: vec![SENTINEL],
        };
        result
    }

    fn detach(&mut self, s: usize) {
        let p = self.prev[s];
        let n = self.next[s];
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn attach_front(&mut self, s: usize) {
        let first = self.next[SENTINEL];
        self.prev[s] = SENTINEL;
        self.next[s] = first;
        self.prev[first] = s;
        self.next[SENTINEL] = s;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let mut result: Option<&V> = None;
        if let Some(&s) = self.slot_of.get(key) {
            self.detach(s);
            self.attach_front(s);
            result = self.vals[s].as_ref();
        }
        result
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let mut result: Option<&V> = None;
        if let Some(&s) = self.slot_of.get(key) {
            result = self.vals[s].as_ref();
        }
        result
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity > 0 {
            match self.slot_of.get(&key) {
                Some(&s) => {
                    self.vals[s] = Some(value);
                    self.detach(s);
                    self.attach_front(s);
                }
                None => {
                    let s: usize;
                    if self.slot_of.len() == self.capacity {
                        s = self.prev[SENTINEL];
                        self.detach(s);
                        let old = self.keys[s].take().unwrap();
                        self.slot_of.remove(&old);
                    } else {
                        s = self.keys.len();
                        self.keys.push(None);
                        self.vals.push(None);
                        self.prev.push(SENTINEL);
                        self.next.push(SENTINEL);
                    }
                    self.keys[s] = Some(key.clone());
                    self.vals[s] = Some(value);
                    self.slot_of.insert(key, s);
                    self.attach_front(s);
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        let result = self.slot_of.len();
        result
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
