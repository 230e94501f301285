// learner: optimal
// idiom: use-stamps + VecDeque<(K, stamp)> with lazy deletion and amortised compaction (O(1) amortised)
//! LRU cache with use-stamps and a queue of (key, stamp) pairs; stale pairs are skipped lazily.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    clock: u64,
    // key -> (value, stamp of its latest use)
    table: HashMap<K, (V, u64)>,
    // every use, oldest first; only the pair whose stamp matches the table is live
    uses: VecDeque<(K, u64)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, clock: 0, table: HashMap::new(), uses: VecDeque::new() }
    }

    fn stamp(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// Drops dead pairs once they outnumber the live ones: O(1) amortised per use.
    fn compact_if_needed(&mut self) {
        if self.uses.len() <= 2 * self.table.len() + 8 {
            return;
        }
        let mut fresh = VecDeque::with_capacity(self.table.len());
        while let Some((k, s)) = self.uses.pop_front() {
            let live = match self.table.get(&k) {
                Some(&(_, cur)) => cur == s,
                None => false,
            };
            if live {
                fresh.push_back((k, s));
            }
        }
        self.uses = fresh;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.table.contains_key(key) {
            return None;
        }
        let s = self.stamp();
        if let Some(entry) = self.table.get_mut(key) {
            entry.1 = s;
        }
        self.uses.push_back((key.clone(), s));
        self.compact_if_needed();
        self.table.get(key).map(|e| &e.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.table.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        let s = self.stamp();
        if !self.table.contains_key(&key) && self.table.len() == self.capacity {
            // evict: the first live pair in the queue is the least recently used key
            while let Some((k, old)) = self.uses.pop_front() {
                let live = self.table.get(&k).map_or(false, |e| e.1 == old);
                if live {
                    self.table.remove(&k);
                    break;
                }
            }
        }
        self.uses.push_back((key.clone(), s));
        self.table.insert(key, (value, s));
        self.compact_if_needed();
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
