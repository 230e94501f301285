// learner: optimal
// idiom: GLSL: node arena in a flat Vec with u32 prev/next links and a sentinel slot 0 (ring list, no Option branches)
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: u32 = 0;

struct Slot<K, V> {
    // slot 0 is the sentinel and carries no payload
    entry: Option<(K, V)>,
    prev: u32,
    next: u32,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    lookup: HashMap<K, u32>,
    slots: Vec<Slot<K, V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        let sentinel = Slot { entry: None, prev: SENTINEL, next: SENTINEL };
        LruCache { capacity, lookup: HashMap::new(), slots: vec![sentinel] }
    }

    #[inline]
    fn unlink(&mut self, idx: u32) {
        let (p, n) = {
            let s = &self.slots[idx as usize];
            (s.prev, s.next)
        };
        self.slots[p as usize].next = n;
        self.slots[n as usize].prev = p;
    }

    #[inline]
    fn link_front(&mut self, idx: u32) {
        // front = sentinel.next (most recent), back = sentinel.prev (least recent)
        let old_front = self.slots[SENTINEL as usize].next;
        self.slots[idx as usize].prev = SENTINEL;
        self.slots[idx as usize].next = old_front;
        self.slots[old_front as usize].prev = idx;
        self.slots[SENTINEL as usize].next = idx;
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let idx = *self.lookup.get(key)?;
        self.unlink(idx);
        self.link_front(idx);
        self.slots[idx as usize].entry.as_ref().map(|(_, v)| v)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        let idx = *self.lookup.get(key)?;
        self.slots[idx as usize].entry.as_ref().map(|(_, v)| v)
    }

    /// Inserts or overwrites `key`, making it the most recently used entry. O(1).
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&idx) = self.lookup.get(&key) {
            if let Some(e) = self.slots[idx as usize].entry.as_mut() {
                e.1 = value;
            }
            self.unlink(idx);
            self.link_front(idx);
            return;
        }
        if self.lookup.len() == self.capacity {
            // recycle the back slot in place
            let victim = self.slots[SENTINEL as usize].prev;
            self.unlink(victim);
            if let Some((old_key, _)) = self.slots[victim as usize].entry.take() {
                self.lookup.remove(&old_key);
            }
            self.slots[victim as usize].entry = Some((key.clone(), value));
            self.lookup.insert(key, victim);
            self.link_front(victim);
            return;
        }
        let idx = self.slots.len() as u32;
        self.slots.push(Slot { entry: Some((key.clone(), value)), prev: SENTINEL, next: SENTINEL });
        self.lookup.insert(key, idx);
        self.link_front(idx);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.lookup.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.lookup.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
