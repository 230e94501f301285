// learner: optimal
// idiom: VecDeque of (key, stamp) with lazy deletion: eviction pops stale entries in a while-let loop, queue compacted with retain when it doubles — every entry pushed/popped once, O(1) amortised
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, (V, u64)>,
    queue: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), queue: VecDeque::new(), clock: 0 }
    }

    fn touch(&mut self, key: K) -> u64 {
        self.clock += 1;
        self.queue.push_back((key, self.clock));
        if self.queue.len() > 2 * self.capacity + 16 {
            let map = &self.map;
            let clock = self.clock;
            // Drop every entry that is no longer the key's latest use (the fresh one
            // for `key` is not in the map yet, so keep it by its stamp).
            self.queue
                .retain(|(k, s)| *s == clock || map.get(k).map(|e| e.1) == Some(*s));
        }
        self.clock
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.map.contains_key(key) {
            return None;
        }
        let stamp = self.touch(key.clone());
        let entry = self.map.get_mut(key).unwrap();
        entry.1 = stamp;
        Some(&entry.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.map.contains_key(&key) && self.map.len() == self.capacity {
            while let Some((old, stamp)) = self.queue.pop_front() {
                if self.map.get(&old).map(|e| e.1) == Some(stamp) {
                    self.map.remove(&old);
                    break;
                }
            }
        }
        let stamp = self.touch(key.clone());
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
