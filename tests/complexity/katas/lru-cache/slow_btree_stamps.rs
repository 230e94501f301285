// learner: slow
// why: LruCache::get and put are O(log n) time, target O(1): recency kept in a BTreeMap<stamp, key>, every touch removes and re-inserts a stamp
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, (V, u64)>,
    by_age: BTreeMap<u64, K>,
    counter: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), by_age: BTreeMap::new(), counter: 0 }
    }

    fn fresh_stamp(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let stamp = self.fresh_stamp();
        let entry = self.map.get_mut(key)?;
        let old = std::mem::replace(&mut entry.1, stamp);
        let k = self.by_age.remove(&old)?;
        self.by_age.insert(stamp, k);
        self.map.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let stamp = self.fresh_stamp();
        if let Some((old_value, old_stamp)) = self.map.get_mut(&key) {
            *old_value = value;
            let old = std::mem::replace(old_stamp, stamp);
            self.by_age.remove(&old);
            self.by_age.insert(stamp, key);
            return;
        }
        if self.map.len() >= self.capacity {
            if let Some((_, victim)) = self.by_age.pop_first() {
                self.map.remove(&victim);
            }
        }
        self.by_age.insert(stamp, key.clone());
        self.map.insert(key, (value, stamp));
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
