// learner: optimal
// idiom: HashMap<K, Slot<V>> holding value and neighbour keys (a linked hash map keyed by K, no arena), head/tail keys
use std::collections::HashMap;
use std::hash::Hash;

struct Slot<K, V> {
    value: V,
    newer: Option<K>,
    older: Option<K>,
}

pub struct LruCache<K, V> {
    capacity: usize,
    slots: HashMap<K, Slot<K, V>>,
    newest: Option<K>,
    oldest: Option<K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, slots: HashMap::new(), newest: None, oldest: None }
    }

    /// Removes `key` from the recency chain (it stays in the map).
    fn unchain(&mut self, key: &K) {
        let (newer, older) = {
            let s = self.slots.get_mut(key).unwrap();
            (s.newer.take(), s.older.take())
        };
        match &newer {
            Some(n) => self.slots.get_mut(n).unwrap().older = older.clone(),
            None => self.newest = older.clone(),
        }
        match &older {
            Some(o) => self.slots.get_mut(o).unwrap().newer = newer.clone(),
            None => self.oldest = newer,
        }
    }

    fn chain_newest(&mut self, key: &K) {
        let prev_newest = self.newest.replace(key.clone());
        if let Some(p) = &prev_newest {
            self.slots.get_mut(p).unwrap().newer = Some(key.clone());
        } else {
            self.oldest = Some(key.clone());
        }
        let s = self.slots.get_mut(key).unwrap();
        s.older = prev_newest;
        s.newer = None;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.slots.contains_key(key) {
            return None;
        }
        self.unchain(key);
        self.chain_newest(key);
        self.slots.get(key).map(|s| &s.value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.slots.get(key).map(|s| &s.value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(s) = self.slots.get_mut(&key) {
            s.value = value;
            self.unchain(&key);
            self.chain_newest(&key);
            return;
        }
        if self.slots.len() == self.capacity {
            if let Some(victim) = self.oldest.clone() {
                self.unchain(&victim);
                self.slots.remove(&victim);
            }
        }
        self.slots.insert(key.clone(), Slot { value, newer: None, older: None });
        self.chain_newest(&key);
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
