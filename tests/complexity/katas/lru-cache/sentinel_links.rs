// learner: optimal
// idiom: retro: circular doubly-linked list in parallel u32 link arrays with sentinel slot 0, keys/values in side arrays offset by one
use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, u32>,
    nxt: Vec<u32>, // nxt[0]/prv[0] = sentinel: nxt[0] is MRU, prv[0] is LRU
    prv: Vec<u32>,
    keys: Vec<K>,  // slot s lives at keys[s - 1]
    vals: Vec<V>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), nxt: vec![0], prv: vec![0], keys: Vec::new(), vals: Vec::new() }
    }

    #[inline]
    fn cut(&mut self, s: u32) {
        let p = self.prv[s as usize];
        let n = self.nxt[s as usize];
        self.nxt[p as usize] = n;
        self.prv[n as usize] = p;
    }

    #[inline]
    fn to_front(&mut self, s: u32) {
        let first = self.nxt[0];
        self.nxt[s as usize] = first;
        self.prv[s as usize] = 0;
        self.prv[first as usize] = s;
        self.nxt[0] = s;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let s = *self.map.get(key)?;
        self.cut(s);
        self.to_front(s);
        Some(&self.vals[(s - 1) as usize])
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.map.get(key) {
            Some(&s) => Some(&self.vals[(s - 1) as usize]),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&s) = self.map.get(&key) {
            self.vals[(s - 1) as usize] = value;
            self.cut(s);
            self.to_front(s);
            return;
        }
        let s: u32;
        if self.keys.len() < self.capacity {
            self.keys.push(key.clone());
            self.vals.push(value);
            self.nxt.push(0);
            self.prv.push(0);
            s = self.keys.len() as u32;
        } else {
            s = self.prv[0];
            self.cut(s);
            let i = (s - 1) as usize;
            self.map.remove(&self.keys[i]);
            self.keys[i] = key.clone();
            self.vals[i] = value;
        }
        self.map.insert(key, s);
        self.to_front(s);
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
