// learner: optimal
// idiom: ReScript-ish: Option<usize> links, a Link record updated with struct-update syntax, small pure helpers, map/and_then chains
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

#[derive(Clone, Copy, Default, Debug)]
struct Link {
    prev: Option<usize>,
    next: Option<usize>,
}

struct Entry<K, V> {
    key: K,
    value: V,
    link: Link,
}

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    slab: Vec<Entry<K, V>>,
    lookup: HashMap<K, usize>,
    ends: Link, // prev = tail (oldest), next = head (newest)
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        Self {
            capacity,
            slab: Vec::with_capacity(capacity.min(1 << 16)),
            lookup: HashMap::new(),
            ends: Link::default(),
        }
    }

    fn unlink(&mut self, at: usize) {
        let Link { prev, next } = self.slab[at].link;
        match prev {
            Some(p) => self.slab[p].link = Link { next, ..self.slab[p].link },
            None => self.ends = Link { next, ..self.ends },
        }
        match next {
            Some(n) => self.slab[n].link = Link { prev, ..self.slab[n].link },
            None => self.ends = Link { prev, ..self.ends },
        }
        self.slab[at].link = Link::default();
    }

    fn push_newest(&mut self, at: usize) {
        let old_head = self.ends.next;
        self.slab[at].link = Link { prev: None, next: old_head };
        match old_head {
            Some(h) => self.slab[h].link = Link { prev: Some(at), ..self.slab[h].link },
            None => self.ends = Link { prev: Some(at), ..self.ends },
        }
        self.ends = Link { next: Some(at), ..self.ends };
    }

    fn touch(&mut self, at: usize) {
        if self.ends.next != Some(at) {
            self.unlink(at);
            self.push_newest(at);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let at = *self.lookup.get(key)?;
        self.touch(at);
        self.slab.get(at).map(|e| &e.value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.lookup.get(key).and_then(|&at| self.slab.get(at)).map(|e| &e.value)
    }

    pub fn put(&mut self, key: K, value: V) {
        match (self.capacity, self.lookup.get(&key).copied()) {
            (0, _) => {}
            (_, Some(at)) => {
                self.slab[at].value = value;
                self.touch(at);
            }
            (cap, None) if self.slab.len() < cap => {
                let at = self.slab.len();
                self.slab.push(Entry { key: key.clone(), value, link: Link::default() });
                self.lookup.insert(key, at);
                self.push_newest(at);
            }
            (_, None) => {
                let victim = self.ends.prev.expect("full cache has a tail");
                self.unlink(victim);
                let gone = std::mem::replace(&mut self.slab[victim].key, key.clone());
                self.lookup.remove(&gone);
                self.slab[victim].value = value;
                self.lookup.insert(key, victim);
                self.push_newest(victim);
            }
        }
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
