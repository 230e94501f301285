// learner: optimal
// idiom: functional-leaning: no linked list at all, a HashMap of (value, stamp) plus a VecDeque log of (key, stamp) with lazy deletion and amortised compaction; match on map lookups
//! LRU cache with O(1) get and put: see README.md.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
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

    /// Drops stale log records once they outnumber the live ones:
    /// O(log) work after at least `live` new records, so O(1) amortised.
    fn compact(&mut self) {
        if self.log.len() > 2 * self.live.len() + 16 {
            let live = &self.live;
            self.log.retain(|(k, s)| matches!(live.get(k), Some((_, t)) if t == s));
        }
    }

    fn touch(&mut self, key: &K) -> bool {
        let stamp = self.tick();
        let hit = match self.live.get_mut(key) {
            Some((_, s)) => {
                *s = stamp;
                true
            }
            None => false,
        };
        if hit {
            self.log.push_back((key.clone(), stamp));
            self.compact();
        }
        hit
    }

    fn evict_oldest(&mut self) {
        while let Some((k, s)) = self.log.pop_front() {
            match self.live.get(&k) {
                Some((_, t)) if *t == s => {
                    self.live.remove(&k);
                    return;
                }
                _ => continue,
            }
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if self.touch(key) {
            self.live.get(key).map(|(v, _)| v)
        } else {
            None
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        match (self.capacity, self.live.contains_key(&key)) {
            (0, _) => {}
            (_, true) => {
                self.touch(&key);
                if let Some(slot) = self.live.get_mut(&key) {
                    slot.0 = value;
                }
            }
            (cap, false) => {
                if self.live.len() == cap {
                    self.evict_oldest();
                }
                let stamp = self.tick();
                self.log.push_back((key.clone(), stamp));
                self.live.insert(key, (value, stamp));
                self.compact();
            }
        }
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
