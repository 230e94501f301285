// learner: optimal
// idiom: Lisp-style: no linked list at all: a VecDeque log of (key, stamp) with lazy deletion and amortised compaction, HashMap key -> (value, latest stamp)
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

    fn fresh(live: &HashMap<K, (V, u64)>, entry: &(K, u64)) -> bool {
        live.get(&entry.0).map_or(false, |slot| slot.1 == entry.1)
    }

    fn stamp(&mut self, key: K) {
        let t = self.tick();
        if let Some(slot) = self.live.get_mut(&key) {
            slot.1 = t;
        }
        self.log.push_back((key, t));
        // Each stale entry is dropped once: compaction every `capacity` extra entries is amortised O(1).
        if self.log.len() > 2 * self.capacity + 16 {
            let live = &self.live;
            self.log.retain(|e| Self::fresh(live, e));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.live.contains_key(key) {
            return None;
        }
        self.stamp(key.clone());
        self.live.get(key).map(|slot| &slot.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|slot| &slot.0)
    }

    fn evict_oldest(&mut self) {
        while let Some(entry) = self.log.pop_front() {
            if Self::fresh(&self.live, &entry) {
                self.live.remove(&entry.0);
                return;
            }
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(slot) = self.live.get_mut(&key) {
            slot.0 = value;
        } else {
            if self.live.len() == self.capacity {
                self.evict_oldest();
            }
            self.live.insert(key.clone(), (value, 0));
        }
        self.stamp(key);
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
