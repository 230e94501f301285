// learner: optimal
// idiom: lazy deletion: HashMap<K, (V, stamp)> + VecDeque<(K, stamp)> recency log; stale log entries skipped on eviction, log compacted when it doubles (amortised O(1))
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

    /// Drops stale entries once the log holds more than twice the live ones: every
    /// entry was pushed by one operation, so the rebuild is paid for by those pushes.
    fn maybe_compact(&mut self) {
        if self.log.len() > 2 * self.live.len() + 16 {
            let live = &self.live;
            self.log.retain(|(k, stamp)| matches!(live.get(k), Some((_, s)) if s == stamp));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.live.contains_key(key) {
            return None;
        }
        let now = self.tick();
        self.live.get_mut(key)?.1 = now;
        self.log.push_back((key.clone(), now));
        self.maybe_compact();
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let now = self.tick();
        if !self.live.contains_key(&key) && self.live.len() == self.capacity {
            // evict: the oldest log entry whose stamp is still current
            while let Some((k, stamp)) = self.log.pop_front() {
                let current = matches!(self.live.get(&k), Some((_, s)) if *s == stamp);
                if current {
                    self.live.remove(&k);
                    break;
                }
            }
        }
        self.log.push_back((key.clone(), now));
        self.live.insert(key, (value, now));
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
