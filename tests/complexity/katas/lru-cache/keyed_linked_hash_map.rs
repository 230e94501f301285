// learner: optimal
// idiom: linked hash map chained by cloned keys (Option<K> newer/older) inside one HashMap, no arena
//! LRU cache as a "linked hash map": every entry points at its neighbours by key.

use std::collections::HashMap;
use std::hash::Hash;

struct Entry<K, V> {
    value: V,
    newer: Option<K>,
    older: Option<K>,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, Entry<K, V>>,
    newest: Option<K>,
    oldest: Option<K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), newest: None, oldest: None }
    }

    /// Takes `key` out of the recency chain (it stays in the map).
    fn unchain(&mut self, key: &K) {
        let (newer, older) = {
            let e = self.map.get_mut(key).unwrap();
            (e.newer.take(), e.older.take())
        };
        match &newer {
            Some(n) => self.map.get_mut(n).unwrap().older = older.clone(),
            None => self.newest = older.clone(),
        }
        match &older {
            Some(o) => self.map.get_mut(o).unwrap().newer = newer,
            None => self.oldest = newer,
        }
    }

    /// Puts `key` (already in the map, unchained) at the newest end.
    fn chain_newest(&mut self, key: &K) {
        let prev_newest = self.newest.replace(key.clone());
        if let Some(p) = &prev_newest {
            self.map.get_mut(p).unwrap().newer = Some(key.clone());
        } else {
            self.oldest = Some(key.clone());
        }
        self.map.get_mut(key).unwrap().older = prev_newest;
    }

    fn bump(&mut self, key: &K) {
        if self.newest.as_ref() != Some(key) {
            self.unchain(key);
            self.chain_newest(key);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.map.contains_key(key) {
            return None;
        }
        self.bump(key);
        self.map.get(key).map(|e| &e.value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|e| &e.value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(e) = self.map.get_mut(&key) {
            e.value = value;
            self.bump(&key);
            return;
        }
        if self.map.len() == self.capacity {
            if let Some(victim) = self.oldest.clone() {
                self.unchain(&victim);
                self.map.remove(&victim);
            }
        }
        self.map.insert(key.clone(), Entry { value, newer: None, older: None });
        self.chain_newest(&key);
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
