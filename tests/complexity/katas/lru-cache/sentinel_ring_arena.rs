// learner: optimal
// idiom: circular doubly-linked list with a sentinel at index 0 of the link arena (no Options), slots reused on eviction — O(1) rewiring
use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, usize>,
    /// (prev, next) per node; node 0 is the sentinel: next = most recent, prev = least recent.
    links: Vec<(usize, usize)>,
    /// entries[i - 1] belongs to node i.
    entries: Vec<(K, V)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            map: HashMap::with_capacity(capacity.min(1 << 16)),
            links: vec![(SENTINEL, SENTINEL)],
            entries: Vec::new(),
        }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = self.links[i];
        self.links[p].1 = n;
        self.links[n].0 = p;
    }

    fn push_front(&mut self, i: usize) {
        let first = self.links[SENTINEL].1;
        self.links[i] = (SENTINEL, first);
        self.links[first].0 = i;
        self.links[SENTINEL].1 = i;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.map.get(key)?;
        self.unlink(i);
        self.push_front(i);
        Some(&self.entries[i - 1].1)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|&i| &self.entries[i - 1].1)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.map.get(&key) {
            self.entries[i - 1].1 = value;
            self.unlink(i);
            self.push_front(i);
            return;
        }
        let i = if self.entries.len() < self.capacity {
            self.entries.push((key.clone(), value));
            self.links.push((SENTINEL, SENTINEL));
            self.entries.len()
        } else {
            let lru = self.links[SENTINEL].0;
            self.unlink(lru);
            let (old_key, _) = std::mem::replace(&mut self.entries[lru - 1], (key.clone(), value));
            self.map.remove(&old_key);
            lru
        };
        self.map.insert(key, i);
        self.push_front(i);
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
