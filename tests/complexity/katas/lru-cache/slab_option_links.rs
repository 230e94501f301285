// learner: optimal
// idiom: Objective-C macOS veteran: an NSMutableDictionary-like HashMap from key to slot plus a slab Vec of entry structs with Option<usize> prev/next, named helpers detachEntry/attachAtHead
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct CacheEntry<K, V> {
    key: K,
    value: V,
    newer: Option<usize>,
    older: Option<usize>,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    slotForKey: HashMap<K, usize>,
    entries: Vec<CacheEntry<K, V>>,
    mostRecent: Option<usize>,
    leastRecent: Option<usize>,
}

#[allow(non_snake_case)]
impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            slotForKey: HashMap::new(),
            entries: Vec::new(),
            mostRecent: None,
            leastRecent: None,
        }
    }

    fn detachEntry(&mut self, slot: usize) {
        let (newer, older) = (self.entries[slot].newer, self.entries[slot].older);
        match newer {
            Some(n) => self.entries[n].older = older,
            None => self.mostRecent = older,
        }
        match older {
            Some(o) => self.entries[o].newer = newer,
            None => self.leastRecent = newer,
        }
        self.entries[slot].newer = None;
        self.entries[slot].older = None;
    }

    fn attachAtHead(&mut self, slot: usize) {
        self.entries[slot].older = self.mostRecent;
        self.entries[slot].newer = None;
        if let Some(previousHead) = self.mostRecent {
            self.entries[previousHead].newer = Some(slot);
        }
        self.mostRecent = Some(slot);
        if self.leastRecent.is_none() {
            self.leastRecent = Some(slot);
        }
    }

    fn promote(&mut self, slot: usize) {
        if self.mostRecent != Some(slot) {
            self.detachEntry(slot);
            self.attachAtHead(slot);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let slot = *self.slotForKey.get(key)?;
        self.promote(slot);
        Some(&self.entries[slot].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.slotForKey.get(key).map(|&slot| &self.entries[slot].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&slot) = self.slotForKey.get(&key) {
            self.entries[slot].value = value;
            self.promote(slot);
            return;
        }
        let slot = if self.entries.len() < self.capacity {
            self.entries.push(CacheEntry { key: key.clone(), value, newer: None, older: None });
            self.entries.len() - 1
        } else {
            // Recycle the least recently used entry's slot.
            let victim = self.leastRecent.expect("a full cache has a tail");
            self.detachEntry(victim);
            let evictedKey = std::mem::replace(&mut self.entries[victim].key, key.clone());
            self.slotForKey.remove(&evictedKey);
            self.entries[victim].value = value;
            victim
        };
        self.slotForKey.insert(key, slot);
        self.attachAtHead(slot);
    }

    pub fn len(&self) -> usize {
        self.slotForKey.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slotForKey.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
