// learner: optimal
// idiom: no linked list: HashMap<K, (V, stamp)> plus a VecDeque<(K, stamp)> recency log with lazy deletion and periodic compaction (amortised O(1))
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    live: HashMap<K, (V, u64)>,
    log: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, live: HashMap::new(), log: VecDeque::new(), clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// Drop stale log records once the log is twice the live size: every record
    /// dropped was paid for by the access that made it stale.
    fn maybe_compact(&mut self) {
        if self.log.len() > 2 * self.live.len() + 16 {
            let live = &self.live;
            self.log.retain(|(k, s)| live.get(k).map_or(false, |(_, cur)| cur == s));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.live.contains_key(key) {
            return None;
        }
        let now = self.tick();
        let entry = self.live.get_mut(key)?;
        entry.1 = now;
        self.log.push_back((key.clone(), now));
        self.maybe_compact();
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|(v, _)| v)
    }

    fn evict_one(&mut self) {
        while let Some((k, stamp)) = self.log.pop_front() {
            let current = self.live.get(&k).map(|(_, s)| *s);
            if current == Some(stamp) {
                self.live.remove(&k);
                return;
            }
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let now = self.tick();
        if let Some(slot) = self.live.get_mut(&key) {
            *slot = (value, now);
        } else {
            if self.live.len() == self.capacity {
                self.evict_one();
            }
            self.live.insert(key.clone(), (value, now));
        }
        self.log.push_back((key, now));
        self.maybe_compact();
    }

    pub fn len(&self) -> usize {
        self.live.len()
    }

    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
