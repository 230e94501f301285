// learner: slow
// why: LruCache::get and LruCache::put are O(log m) time, target O(1): every touch pushes a (stamp, key) into a BinaryHeap and eviction pops stale entries until one matches the key's current stamp (m = touches since the heap last drained)
//! LRU cache with O(1) get and put.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    clock: u64,
    entries: HashMap<K, (V, u64)>,
    touches: BinaryHeap<Reverse<(u64, usize)>>,
    keys_by_stamp: HashMap<u64, K>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            clock: 0,
            entries: HashMap::new(),
            touches: BinaryHeap::new(),
            keys_by_stamp: HashMap::new(),
        }
    }

    fn touch(&mut self, key: &K) -> u64 {
        self.clock += 1;
        let stamp = self.clock;
        self.touches.push(Reverse((stamp, 0)));
        self.keys_by_stamp.insert(stamp, key.clone());
        stamp
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.entries.contains_key(key) {
            return None;
        }
        let stamp = self.touch(key);
        let e = self.entries.get_mut(key).unwrap();
        self.keys_by_stamp.remove(&e.1);
        e.1 = stamp;
        Some(&e.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    fn evict_oldest(&mut self) {
        while let Some(Reverse((stamp, _))) = self.touches.pop() {
            if let Some(k) = self.keys_by_stamp.remove(&stamp) {
                self.entries.remove(&k);
                return;
            }
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(old) = self.entries.get(&key).map(|e| e.1) {
            self.keys_by_stamp.remove(&old);
            let stamp = self.touch(&key);
            self.entries.insert(key, (value, stamp));
            return;
        }
        if self.entries.len() == self.capacity {
            self.evict_oldest();
        }
        let stamp = self.touch(&key);
        self.entries.insert(key, (value, stamp));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
