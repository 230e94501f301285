// learner: optimal
// idiom: perf programmer; HashMap<K, u32> + Vec arena with u32 prev/next and a NIL sentinel, slot reuse on eviction, everything inline in get/put
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: u32 = u32::MAX;

struct Slot<K, V> {
    key: K,
    val: V,
    prev: u32,
    next: u32,
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, u32>,
    slots: Vec<Slot<K, V>>,
    head: u32, // most recent
    tail: u32, // least recent
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), slots: Vec::new(), head: NIL, tail: NIL }
    }

    #[inline]
    fn detach(&mut self, i: u32) {
        let (p, n) = {
            let s = &self.slots[i as usize];
            (s.prev, s.next)
        };
        if p == NIL { self.head = n } else { self.slots[p as usize].next = n }
        if n == NIL { self.tail = p } else { self.slots[n as usize].prev = p }
    }

    #[inline]
    fn attach_front(&mut self, i: u32) {
        let old = self.head;
        {
            let s = &mut self.slots[i as usize];
            s.prev = NIL;
            s.next = old;
        }
        if old == NIL { self.tail = i } else { self.slots[old as usize].prev = i }
        self.head = i;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.index.get(key)?;
        if self.head != i {
            self.detach(i);
            self.attach_front(i);
        }
        Some(&self.slots[i as usize].val)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let i = *self.index.get(key)?;
        Some(&self.slots[i as usize].val)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.slots[i as usize].val = value;
            if self.head != i {
                self.detach(i);
                self.attach_front(i);
            }
            return;
        }
        let i = if self.slots.len() < self.capacity {
            self.slots.push(Slot { key: key.clone(), val: value, prev: NIL, next: NIL });
            (self.slots.len() - 1) as u32
        } else {
            let t = self.tail;
            self.detach(t);
            let s = &mut self.slots[t as usize];
            let old_key = std::mem::replace(&mut s.key, key.clone());
            s.val = value;
            self.index.remove(&old_key);
            t
        };
        self.attach_front(i);
        self.index.insert(key, i);
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
