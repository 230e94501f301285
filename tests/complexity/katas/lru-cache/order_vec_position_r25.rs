// learner: slow
// idiom: Delphi/Object Pascal desktop developer: a dictionary for the values plus an FOrder list of keys (like a TStringList), IndexOf + Delete + Add to move a key to the end
// why: get and put are O(capacity) instead of O(1): every hit or overwrite searches FOrder with `position` and shifts it with `remove`, and eviction removes index 0, which shifts the whole list.
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    FValues: HashMap<K, V>,
    /// Keys from least recently used (index 0) to most recently used (last).
    FOrder: Vec<K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, FValues: HashMap::new(), FOrder: Vec::new() }
    }

    fn MoveToEnd(&mut self, Key: &K) {
        if let Some(Index) = self.FOrder.iter().position(|K| K == Key) {
            let Item = self.FOrder.remove(Index);
            self.FOrder.push(Item);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.FValues.contains_key(key) {
            return None;
        }
        self.MoveToEnd(key);
        self.FValues.get(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.FValues.get(key)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if self.FValues.contains_key(&key) {
            self.FValues.insert(key.clone(), value);
            self.MoveToEnd(&key);
            return;
        }
        if self.FOrder.len() >= self.capacity {
            let Oldest = self.FOrder.remove(0);
            self.FValues.remove(&Oldest);
        }
        self.FOrder.push(key.clone());
        self.FValues.insert(key, value);
    }

    pub fn len(&self) -> usize {
        self.FValues.len()
    }

    pub fn is_empty(&self) -> bool {
        self.FValues.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
