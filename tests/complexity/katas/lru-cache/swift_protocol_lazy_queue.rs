// learner: optimal
// idiom: Swift protocol-as-trait RecencyLog implemented by a VecDeque of (key, stamp) with lazy deletion and amortised compaction
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

trait RecencyLog<K> {
    fn touch(&mut self, key: K, stamp: u64);
    fn pop_oldest(&mut self) -> Option<(K, u64)>;
    fn size(&self) -> usize;
}

struct StampQueue<K> {
    queue: VecDeque<(K, u64)>,
}

impl<K> RecencyLog<K> for StampQueue<K> {
    fn touch(&mut self, key: K, stamp: u64) {
        self.queue.push_back((key, stamp));
    }

    fn pop_oldest(&mut self) -> Option<(K, u64)> {
        self.queue.pop_front()
    }

    fn size(&self) -> usize {
        self.queue.len()
    }
}

pub struct LruCache<K, V> {
    capacity: usize,
    entries: HashMap<K, (V, u64)>,
    log: StampQueue<K>,
    clock: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, entries: HashMap::new(), log: StampQueue { queue: VecDeque::new() }, clock: 0 }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// Drops stale queue records once they outnumber live ones: each record is
    /// dropped at most once, so this is O(1) amortised per operation.
    fn compact_if_bloated(&mut self) {
        if self.log.size() <= 2 * self.entries.len() + 16 {
            return;
        }
        let entries = &self.entries;
        self.log.queue.retain(|(k, s)| entries.get(k).map_or(false, |(_, live)| live == s));
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        guard_present(&self.entries, key)?;
        let stamp = self.tick();
        if let Some((_, live)) = self.entries.get_mut(key) {
            *live = stamp;
        }
        self.log.touch(key.clone(), stamp);
        self.compact_if_bloated();
        self.peek(key)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.entries.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let stamp = self.tick();
        if !self.entries.contains_key(&key) && self.entries.len() >= self.capacity {
            self.evict_one();
        }
        self.log.touch(key.clone(), stamp);
        self.entries.insert(key, (value, stamp));
        self.compact_if_bloated();
    }

    fn evict_one(&mut self) {
        while let Some((k, s)) = self.log.pop_oldest() {
            let Some((_, live)) = self.entries.get(&k) else { continue };
            if *live != s {
                continue;
            }
            self.entries.remove(&k);
            return;
        }
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

fn guard_present<K: Hash + Eq, V>(entries: &HashMap<K, (V, u64)>, key: &K) -> Option<()> {
    if !entries.contains_key(key) {
        return None;
    }
    Some(())
}
