// learner: optimal
// idiom: struct-of-arrays arena (separate key/value/prev/next Vecs) with a sentinel slot 0 forming a circular list
use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    keys: Vec<Option<K>>,
    vals: Vec<Option<V>>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index: HashMap::new(),
            keys: vec![None],
            vals: vec![None],
            prev: vec![SENTINEL],
            next: vec![SENTINEL],
        }
    }

    fn detach(&mut self, slot: usize) {
        let p = self.prev[slot];
        let n = self.next[slot];
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn attach_front(&mut self, slot: usize) {
        let first = self.next[SENTINEL];
        self.next[slot] = first;
        self.prev[slot] = SENTINEL;
        self.prev[first] = slot;
        self.next[SENTINEL] = slot;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let slot = match self.index.get(key) {
            Some(&s) => s,
            None => return None,
        };
        self.detach(slot);
        self.attach_front(slot);
        self.vals[slot].as_ref()
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.index.get(key) {
            Some(&s) => self.vals[s].as_ref(),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&s) = self.index.get(&key) {
            self.vals[s] = Some(value);
            self.detach(s);
            self.attach_front(s);
            return;
        }
        let slot = if self.index.len() == self.capacity {
            let victim = self.prev[SENTINEL];
            self.detach(victim);
            let old = self.keys[victim].take().unwrap();
            self.index.remove(&old);
            victim
        } else {
            self.keys.push(None);
            self.vals.push(None);
            self.prev.push(SENTINEL);
            self.next.push(SENTINEL);
            self.keys.len() - 1
        };
        self.keys[slot] = Some(key.clone());
        self.vals[slot] = Some(value);
        self.index.insert(key, slot);
        self.attach_front(slot);
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
