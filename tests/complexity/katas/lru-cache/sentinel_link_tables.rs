// learner: optimal
// idiom: assembly-style: parallel u32 link tables with a sentinel slot 0 forming a circular list, no Option links
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, u32>,
    fwd: Vec<u32>,          // fwd[0] = most recent, sentinel at 0
    back: Vec<u32>,         // back[0] = least recent
    keys: Vec<Option<K>>,   // slot 0 unused
    vals: Vec<Option<V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            map: HashMap::new(),
            fwd: vec![0],
            back: vec![0],
            keys: vec![None],
            vals: vec![None],
        }
    }

    fn cut(&mut self, s: u32) {
        let p = self.back[s as usize];
        let n = self.fwd[s as usize];
        self.fwd[p as usize] = n;
        self.back[n as usize] = p;
    }

    fn splice_top(&mut self, s: u32) {
        let first = self.fwd[0];
        self.fwd[s as usize] = first;
        self.back[s as usize] = 0;
        self.back[first as usize] = s;
        self.fwd[0] = s;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let s = match self.map.get(key) {
            Some(&s) => s,
            None => return None,
        };
        self.cut(s);
        self.splice_top(s);
        self.vals[s as usize].as_ref()
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.map.get(key) {
            Some(&s) => self.vals[s as usize].as_ref(),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&s) = self.map.get(&key) {
            self.vals[s as usize] = Some(value);
            self.cut(s);
            self.splice_top(s);
            return;
        }
        let s: u32;
        if self.map.len() == self.capacity {
            s = self.back[0];
            self.cut(s);
            let gone = self.keys[s as usize].take().unwrap();
            self.map.remove(&gone);
            self.keys[s as usize] = Some(key.clone());
            self.vals[s as usize] = Some(value);
        } else {
            s = self.keys.len() as u32;
            self.fwd.push(0);
            self.back.push(0);
            self.keys.push(Some(key.clone()));
            self.vals.push(Some(value));
        }
        self.map.insert(key, s);
        self.splice_top(s);
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
