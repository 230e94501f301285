// learner: optimal
// idiom: Prolog logic programmer: no links at all: each use asserts a fresh used(Key, Stamp) fact on a queue, stale facts are retracted lazily when they reach the front, and the queue is compacted when it outgrows 2 x capacity (amortised O(1))
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    /// entry(Key, Value, LastStamp)
    entries: HashMap<K, (V, u64)>,
    /// used(Key, Stamp), oldest first; only the fact whose stamp matches the entry is live
    uses: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), uses: VecDeque::new(), clock: 0 }
    }

    fn stamp(&mut self, key: &K) -> u64 {
        self.clock += 1;
        self.uses.push_back((key.clone(), self.clock));
        self.clock
    }

    fn live(&self, key: &K, stamp: u64) -> bool {
        self.entries.get(key).is_some_and(|(_, s)| *s == stamp)
    }

    /// Drop stale used/2 facts once they are more than half the queue. Each fact is
    /// dropped at most once, so this costs O(1) amortised per use.
    fn compact(&mut self) {
        if self.uses.len() > 2 * self.capacity + 16 {
            let entries = &self.entries;
            self.uses.retain(|(k, s)| entries.get(k).is_some_and(|(_, live)| live == s));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.entries.contains_key(key) {
            return None;
        }
        let s = self.stamp(key);
        if let Some(entry) = self.entries.get_mut(key) {
            entry.1 = s;
        }
        self.compact();
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            // evict: the first live used/2 fact is the least recently used key
            while let Some((old, s)) = self.uses.pop_front() {
                if self.live(&old, s) {
                    self.entries.remove(&old);
                    break;
                }
            }
        }
        let s = self.stamp(&key);
        self.entries.insert(key, (value, s));
        self.compact();
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
