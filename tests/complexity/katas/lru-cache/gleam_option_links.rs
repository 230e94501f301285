// learner: optimal
// idiom: Gleam-style: Node record with Option<usize> links, match-heavy helpers, Option combinators (map/and_then), HashMap::entry-free pure-ish flow
//! LRU cache with O(1) get and put: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct Node<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    nodes: Vec<Node<K, V>>,
    newest: Option<usize>,
    oldest: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index: HashMap::with_capacity(capacity.min(1 << 16)),
            nodes: Vec::new(),
            newest: None,
            oldest: None,
        }
    }

    fn detach(&mut self, at: usize) {
        let (before, after) = (self.nodes[at].prev, self.nodes[at].next);
        match before {
            Some(b) => self.nodes[b].next = after,
            None => self.newest = after,
        }
        match after {
            Some(a) => self.nodes[a].prev = before,
            None => self.oldest = before,
        }
    }

    fn attach_newest(&mut self, at: usize) {
        self.nodes[at].prev = None;
        self.nodes[at].next = self.newest;
        match self.newest {
            Some(old) => self.nodes[old].prev = Some(at),
            None => self.oldest = Some(at),
        }
        self.newest = Some(at);
    }

    fn promote(&mut self, at: usize) -> usize {
        self.detach(at);
        self.attach_newest(at);
        at
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let at = self.index.get(key).copied()?;
        let at = self.promote(at);
        self.nodes.get(at).map(|n| &n.value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index
            .get(key)
            .and_then(|&at| self.nodes.get(at))
            .map(|n| &n.value)
    }

    pub fn put(&mut self, key: K, value: V) {
        match (self.capacity, self.index.get(&key).copied()) {
            (0, _) => (),
            (_, Some(at)) => {
                self.nodes[at].value = value;
                self.promote(at);
            }
            (cap, None) if self.nodes.len() < cap => {
                let at = self.nodes.len();
                self.nodes.push(Node { key: key.clone(), value, prev: None, next: None });
                self.index.insert(key, at);
                self.attach_newest(at);
            }
            (_, None) => {
                let victim = self.oldest.expect("full cache has an oldest entry");
                self.detach(victim);
                let old = std::mem::replace(
                    &mut self.nodes[victim],
                    Node { key: key.clone(), value, prev: None, next: None },
                );
                self.index.remove(&old.key);
                self.index.insert(key, victim);
                self.attach_newest(victim);
            }
        }
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
