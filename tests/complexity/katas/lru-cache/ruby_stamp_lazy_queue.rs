// learner: optimal
// idiom: Ruby-style: hash of key => (value, stamp) plus a VecDeque of (key, stamp) with lazy deletion and amortised compaction
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    queue: VecDeque<(K, u64)>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), queue: VecDeque::new(), clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    fn compact_if_bloated(&mut self) {
        // Called after pushes; runs only when stale entries outnumber live ones,
        // so its O(queue) cost is paid for by the pushes that created them.
        if self.queue.len() > 2 * self.entries.len() + 16 {
            let entries = &self.entries;
            self.queue.retain(|(k, stamp)| entries.get(k).map_or(false, |e| e.1 == *stamp));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.entries.contains_key(key) {
            return None;
        }
        let now = self.tick();
        self.entries.get_mut(key).map(|e| e.1 = now);
        self.queue.push_back((key.clone(), now));
        self.compact_if_bloated();
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    fn evict_one(&mut self) {
        while let Some((k, stamp)) = self.queue.pop_front() {
            let live = self.entries.get(&k).map_or(false, |e| e.1 == stamp);
            if live {
                self.entries.remove(&k);
                return;
            }
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.entries.contains_key(&key) && self.entries.len() == self.capacity {
            self.evict_one();
        }
        let now = self.tick();
        self.queue.push_back((key.clone(), now));
        self.entries.insert(key, (value, now));
        self.compact_if_bloated();
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
