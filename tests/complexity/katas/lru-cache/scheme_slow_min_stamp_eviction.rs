// learner: slow
// why: LruCache::put is O(n) time, target O(1): a full cache evicts by scanning every entry for the smallest last-used stamp
use std::collections::HashMap;
use std::hash::Hash;

struct Entry<V> {
    value: V,
    last_used: u64,
}

pub struct LruCache<K, V> {
    capacity: usize,
    table: HashMap<K, Entry<V>>,
    now: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, table: HashMap::new(), now: 0 }
    }

    fn next_time(&mut self) -> u64 {
        self.now += 1;
        self.now
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let t = self.next_time();
        let entry = self.table.get_mut(key)?;
        entry.last_used = t;
        Some(&entry.value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.table.get(key).map(|e| &e.value)
    }

    /// The key used longest ago, found by looking at every entry.
    fn least_recent_key(&self) -> Option<K> {
        self.table
            .iter()
            .min_by_key(|(_, entry)| entry.last_used)
            .map(|(k, _)| k.clone())
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let t = self.next_time();
        if let Some(entry) = self.table.get_mut(&key) {
            entry.value = value;
            entry.last_used = t;
            return;
        }
        if self.table.len() == self.capacity {
            if let Some(old) = self.least_recent_key() {
                self.table.remove(&old);
            }
        }
        self.table.insert(key, Entry { value, last_used: t });
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
