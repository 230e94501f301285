// learner: optimal
// idiom: struct-of-arrays circular list with a sentinel at index 0 (prev/next Vec<usize>), entries as Vec<Option<(K, V)>>, tiny link/cut pure helpers
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = 0; // the sentinel: next[NIL] is the most recent, prev[NIL] the least recent

/// A least-recently-used cache holding at most `capacity` entries.
pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    entry: Vec<Option<(K, V)>>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index: HashMap::new(),
            entry: vec![None],
            prev: vec![NIL],
            next: vec![NIL],
        }
    }

    fn cut(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn link_first(&mut self, i: usize) {
        let first = self.next[NIL];
        self.prev[i] = NIL;
        self.next[i] = first;
        self.prev[first] = i;
        self.next[NIL] = i;
    }

    fn touch(&mut self, i: usize) {
        self.cut(i);
        self.link_first(i);
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.index.get(key)?;
        self.touch(i);
        self.entry[i].as_ref().map(|(_, v)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let i = *self.index.get(key)?;
        self.entry[i].as_ref().map(|(_, v)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        let i = match (self.index.get(&key).copied(), self.capacity) {
            (_, 0) => return,
            (Some(i), _) => {
                self.touch(i);
                if let Some((_, v)) = self.entry[i].as_mut() {
                    *v = value;
                }
                return;
            }
            (None, cap) if self.index.len() < cap => {
                self.entry.push(None);
                self.prev.push(NIL);
                self.next.push(NIL);
                self.entry.len() - 1
            }
            (None, _) => {
                let last = self.prev[NIL];
                self.cut(last);
                if let Some((old, _)) = self.entry[last].take() {
                    self.index.remove(&old);
                }
                last
            }
        };
        self.index.insert(key.clone(), i);
        self.entry[i] = Some((key, value));
        self.link_first(i);
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
