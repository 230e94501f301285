// learner: optimal
// idiom: Groovy/Gradle build engineer: a LinkedHashMap(accessOrder=true) rebuilt by hand: slot Vec<Option<..>> with a free list and a sentinel at slot 0 making a circular list, so there are no head/tail special cases
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

struct Slot<K, V> {
    entry: Option<(K, V)>, // None only for the sentinel and free slots
    before: usize,
    after: usize,
}

pub struct LruCache<K, V> {
    capacity: usize,
    lookup: HashMap<K, usize>,
    slots: Vec<Slot<K, V>>,
    free_slots: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        let sentinel = Slot { entry: None, before: SENTINEL, after: SENTINEL };
        LruCache { capacity, lookup: HashMap::new(), slots: vec![sentinel], free_slots: Vec::new() }
    }

    fn detach(&mut self, at: usize) {
        let Slot { before, after, .. } = self.slots[at];
        self.slots[before].after = after;
        self.slots[after].before = before;
    }

    /// Insert right after the sentinel: the most-recent end.
    fn attach_first(&mut self, at: usize) {
        let first = self.slots[SENTINEL].after;
        self.slots[at].before = SENTINEL;
        self.slots[at].after = first;
        self.slots[first].before = at;
        self.slots[SENTINEL].after = at;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let at = *self.lookup.get(key)?;
        self.detach(at);
        self.attach_first(at);
        self.slots[at].entry.as_ref().map(|(_, v)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let at = *self.lookup.get(key)?;
        self.slots[at].entry.as_ref().map(|(_, v)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&at) = self.lookup.get(&key) {
            if let Some(entry) = self.slots[at].entry.as_mut() {
                entry.1 = value;
            }
            self.detach(at);
            self.attach_first(at);
            return;
        }
        if self.lookup.len() == self.capacity {
            let oldest = self.slots[SENTINEL].before;
            self.detach(oldest);
            if let Some((old_key, _)) = self.slots[oldest].entry.take() {
                self.lookup.remove(&old_key);
            }
            self.free_slots.push(oldest);
        }
        let at = self.free_slots.pop().unwrap_or_else(|| {
            self.slots.push(Slot { entry: None, before: SENTINEL, after: SENTINEL });
            self.slots.len() - 1
        });
        self.slots[at].entry = Some((key.clone(), value));
        self.attach_first(at);
        self.lookup.insert(key, at);
    }

    pub fn len(&self) -> usize {
        self.lookup.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lookup.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
