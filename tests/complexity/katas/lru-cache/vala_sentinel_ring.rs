// learner: optimal
// idiom: vala: circular list with one sentinel node at index 0 (like a GQueue head), nodes hold Option key/value, NIL-free links
// why: with the sentinel every unlink/insert is four index writes and no branches; each call does one hash lookup plus O(1) relinking, O(1) extra space
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

struct Slot<K, V> {
    key: Option<K>,
    value: Option<V>,
    prev: usize,
    next: usize,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    slots: Vec<Slot<K, V>>,
    index_of: HashMap<K, usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        let sentinel = Slot { key: None, value: None, prev: SENTINEL, next: SENTINEL };
        let mut slots = Vec::new();
        slots.push(sentinel);
        LruCache { capacity, slots, index_of: HashMap::new() }
    }

    /// sentinel.next is the most recent, sentinel.prev the least recent.
    fn detach(&mut self, i: usize) {
        let p = self.slots[i].prev;
        let n = self.slots[i].next;
        self.slots[p].next = n;
        self.slots[n].prev = p;
    }

    fn attach_after_sentinel(&mut self, i: usize) {
        let first = self.slots[SENTINEL].next;
        self.slots[i].prev = SENTINEL;
        self.slots[i].next = first;
        self.slots[first].prev = i;
        self.slots[SENTINEL].next = i;
    }

    fn get_oldest(&self) -> Option<usize> {
        let last = self.slots[SENTINEL].prev;
        if last == SENTINEL {
            None
        } else {
            Some(last)
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = match self.index_of.get(key) {
            Some(&i) => i,
            None => return None,
        };
        self.detach(i);
        self.attach_after_sentinel(i);
        self.slots[i].value.as_ref()
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.index_of.get(key) {
            Some(&i) => self.slots[i].value.as_ref(),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index_of.get(&key) {
            self.slots[i].value = Some(value);
            self.detach(i);
            self.attach_after_sentinel(i);
            return;
        }
        let i;
        if self.index_of.len() >= self.capacity {
            i = self.get_oldest().unwrap();
            self.detach(i);
            if let Some(old) = self.slots[i].key.take() {
                self.index_of.remove(&old);
            }
            self.slots[i].key = Some(key.clone());
            self.slots[i].value = Some(value);
        } else {
            self.slots.push(Slot { key: Some(key.clone()), value: Some(value), prev: SENTINEL, next: SENTINEL });
            i = self.slots.len() - 1;
        }
        self.index_of.insert(key, i);
        self.attach_after_sentinel(i);
    }

    pub fn len(&self) -> usize {
        self.index_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
