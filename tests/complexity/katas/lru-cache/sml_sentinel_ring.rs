// learner: optimal
// idiom: Standard ML student: a circular list with a sentinel cell 0 so splicing has no special cases; entries as an enum (Sentinel | Entry of key * value)
// why:
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

enum Cell<K, V> {
    Sentinel,
    Entry(K, V),
}

struct Slot<K, V> {
    cell: Cell<K, V>,
    prev: usize,
    next: usize,
}

const SENTINEL: usize = 0;

/// A least-recently-used cache holding at most `capacity` entries.
/// Order: sentinel.next is the most recent, sentinel.prev the least recent.
pub struct LruCache<K, V> {
    capacity: usize,
    where_is: HashMap<K, usize>,
    ring: Vec<Slot<K, V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    /// Creates an empty cache that holds at most `capacity` entries.
    pub fn new(capacity: usize) -> Self {
        let ring = vec![Slot { cell: Cell::Sentinel, prev: SENTINEL, next: SENTINEL }];
        LruCache { capacity, where_is: HashMap::new(), ring }
    }

    fn splice_out(&mut self, i: usize) {
        let (p, n) = (self.ring[i].prev, self.ring[i].next);
        self.ring[p].next = n;
        self.ring[n].prev = p;
    }

    fn splice_after_sentinel(&mut self, i: usize) {
        let n = self.ring[SENTINEL].next;
        self.ring[i].prev = SENTINEL;
        self.ring[i].next = n;
        self.ring[n].prev = i;
        self.ring[SENTINEL].next = i;
    }

    fn to_front(&mut self, i: usize) {
        self.splice_out(i);
        self.splice_after_sentinel(i);
    }

    fn value_at(&self, i: usize) -> Option<&V> {
        match &self.ring[i].cell {
            Cell::Entry(_, v) => Some(v),
            Cell::Sentinel => None,
        }
    }

    /// Returns the value for `key` and marks `key` as most recently used. O(1).
    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.where_is.get(key)?;
        self.to_front(i);
        self.value_at(i)
    }

    /// Returns the value for `key` without changing the recency order. O(1).
    pub fn peek(&self, key: &K) -> Option<&V> {
        self.where_is.get(key).and_then(|&i| self.value_at(i))
    }

    /// Inserts or overwrites `key`, making it the most recently used entry.
    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.where_is.get(&key) {
            self.ring[i].cell = Cell::Entry(key, value);
            self.to_front(i);
            return;
        }
        let i = if self.where_is.len() < self.capacity {
            self.ring.push(Slot { cell: Cell::Sentinel, prev: SENTINEL, next: SENTINEL });
            self.ring.len() - 1
        } else {
            let oldest = self.ring[SENTINEL].prev;
            self.splice_out(oldest);
            if let Cell::Entry(k, _) = &self.ring[oldest].cell {
                self.where_is.remove(k);
            }
            oldest
        };
        self.where_is.insert(key.clone(), i);
        self.ring[i].cell = Cell::Entry(key, value);
        self.splice_after_sentinel(i);
    }

    /// Number of entries currently stored.
    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    /// `true` if no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    /// The maximum number of entries.
    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
