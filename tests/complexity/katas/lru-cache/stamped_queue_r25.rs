// learner: optimal
// idiom: Raku enthusiast: no linked list at all: each key carries a use-stamp, a VecDeque logs (key, stamp) touches, eviction skips stale log lines, and the log is compacted when it gets twice too long (amortised O(1))
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

    /// Log a touch whose stamp is already stored in `live`; squeeze out stale lines now and then.
    fn log_touch(&mut self, key: K, t: u64) {
        self.log.push_back((key, t));
        if self.log.len() > 2 * self.live.len() + 8 {
            let live = &self.live;
            self.log.retain(|(k, s)| live.get(k).is_some_and(|&(_, cur)| cur == *s));
        }
    }

    fn is_current(&self, (k, s): &(K, u64)) -> bool {
        self.live.get(k).is_some_and(|&(_, cur)| cur == *s)
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let t = self.tick();
        self.live.get_mut(key)?.1 = t;
        self.log_touch(key.clone(), t);
        self.peek(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.live.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if !self.live.contains_key(&key) && self.live.len() == self.capacity {
            while let Some(entry) = self.log.pop_front() {
                if self.is_current(&entry) {
                    self.live.remove(&entry.0);
                    break;
                }
            }
        }
        let t = self.tick();
        self.live.insert(key.clone(), (value, t));
        self.log_touch(key, t);
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
