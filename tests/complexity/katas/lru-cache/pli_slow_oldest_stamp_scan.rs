// learner: slow
// why: LruCache::put is O(n) time, target O(1): on eviction it scans the whole table for the record with the oldest use stamp
use std::collections::HashMap;
use std::hash::Hash;

struct CacheRecord<V> {
    record_value: V,
    last_used: u64,
}

pub struct LruCache<K, V> {
    capacity: usize,
    record_table: HashMap<K, CacheRecord<V>>,
    use_counter: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, record_table: HashMap::new(), use_counter: 0 }
    }

    fn para_next_stamp(&mut self) -> u64 {
        self.use_counter = self.use_counter + 1;
        self.use_counter
    }

    fn para_evict_oldest(&mut self) {
        let mut oldest_key: Option<K> = None;
        let mut oldest_stamp: u64 = u64::MAX;
        for (key, record) in self.record_table.iter() {
            if record.last_used < oldest_stamp {
                oldest_stamp = record.last_used;
                oldest_key = Some(key.clone());
            }
        }
        if let Some(key) = oldest_key {
            self.record_table.remove(&key);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let stamp = self.para_next_stamp();
        match self.record_table.get_mut(key) {
            Some(record) => {
                record.last_used = stamp;
                Some(&record.record_value)
            }
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.record_table.get(key) {
            Some(record) => Some(&record.record_value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let stamp = self.para_next_stamp();
        if let Some(record) = self.record_table.get_mut(&key) {
            record.record_value = value;
            record.last_used = stamp;
            return;
        }
        if self.record_table.len() >= self.capacity {
            self.para_evict_oldest();
        }
        self.record_table.insert(key, CacheRecord { record_value: value, last_used: stamp });
    }

    pub fn len(&self) -> usize {
        self.record_table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.record_table.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
