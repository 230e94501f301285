// learner: slow
// why: LruCache::get/put are O(log n) time, target O(1): recency kept in an ordered BTreeMap<stamp, key> (a Scala TreeMap habit), first_key_value for the victim
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    by_key: HashMap<K, (V, u64)>,
    by_age: BTreeMap<u64, K>,
    now: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, by_key: HashMap::new(), by_age: BTreeMap::new(), now: 0 }
    }

    fn restamp(&mut self, key: &K) -> Option<u64> {
        self.now += 1;
        let fresh = self.now;
        let old = self.by_key.get_mut(key).map(|(_, s)| std::mem::replace(s, fresh))?;
        let k = self.by_age.remove(&old)?;
        self.by_age.insert(fresh, k);
        Some(fresh)
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        self.restamp(key)?;
        self.by_key.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.by_key.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        match self.restamp(&key) {
            Some(_) => {
                if let Some(entry) = self.by_key.get_mut(&key) {
                    entry.0 = value;
                }
            }
            None if self.capacity == 0 => {}
            None => {
                if self.by_key.len() == self.capacity {
                    if let Some((_, oldest)) = self.by_age.pop_first() {
                        self.by_key.remove(&oldest);
                    }
                }
                self.now += 1;
                self.by_age.insert(self.now, key.clone());
                self.by_key.insert(key, (value, self.now));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
