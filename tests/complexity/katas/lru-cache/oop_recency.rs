// learner: optimal
// idiom: OOP: a reusable Recency struct (Vec-backed doubly linked list of slot numbers with Option links) exposing touch/push_front/pop_back, LruCache composes it with a slot Vec<(K, V)> and a HashMap
use std::collections::HashMap;
use std::hash::Hash;

#[derive(Default)]
struct Recency {
    prev: Vec<Option<usize>>,
    next: Vec<Option<usize>>,
    newest: Option<usize>,
    oldest: Option<usize>,
}

impl Recency {
    fn grow(&mut self) -> usize {
        self.prev.push(None);
        self.next.push(None);
        self.prev.len() - 1
    }

    fn detach(&mut self, slot: usize) {
        let (p, n) = (self.prev[slot].take(), self.next[slot].take());
        match p {
            Some(p) => self.next[p] = n,
            None => self.newest = n,
        }
        match n {
            Some(n) => self.prev[n] = p,
            None => self.oldest = p,
        }
    }

    fn push_front(&mut self, slot: usize) {
        self.next[slot] = self.newest;
        self.prev[slot] = None;
        if let Some(old) = self.newest {
            self.prev[old] = Some(slot);
        }
        self.newest = Some(slot);
        self.oldest.get_or_insert(slot);
    }

    fn touch(&mut self, slot: usize) {
        if self.newest != Some(slot) {
            self.detach(slot);
            self.push_front(slot);
        }
    }

    fn pop_back(&mut self) -> Option<usize> {
        let slot = self.oldest?;
        self.detach(slot);
        Some(slot)
    }
}

pub struct LruCache<K, V> {
    capacity: usize,
    lookup: HashMap<K, usize>,
    slots: Vec<(K, V)>,
    order: Recency,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, lookup: HashMap::new(), slots: Vec::new(), order: Recency::default() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let slot = *self.lookup.get(key)?;
        self.order.touch(slot);
        Some(&self.slots[slot].1)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.lookup.get(key).map(|&slot| &self.slots[slot].1)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        match self.lookup.get(&key) {
            Some(&slot) => {
                self.slots[slot].1 = value;
                self.order.touch(slot);
            }
            None if self.slots.len() < self.capacity => {
                let slot = self.order.grow();
                self.slots.push((key.clone(), value));
                self.lookup.insert(key, slot);
                self.order.push_front(slot);
            }
            None => {
                let slot = self.order.pop_back().expect("full cache has an oldest entry");
                let (old_key, _) = std::mem::replace(&mut self.slots[slot], (key.clone(), value));
                self.lookup.remove(&old_key);
                self.lookup.insert(key, slot);
                self.order.push_front(slot);
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
