// learner: optimal
// idiom: adapter chains: Option map/and_then/copied/then_some/flatten chains instead of branches, Option links
use std::collections::HashMap;
use std::hash::Hash;

struct Slot<K, V> {
    key: K,
    val: V,
    prev: Option<usize>,
    next: Option<usize>,
}

pub struct LruCache<K, V> {
    cap: usize,
    map: HashMap<K, usize>,
    slots: Vec<Slot<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { cap: capacity, map: HashMap::with_capacity(capacity.min(1 << 16)), slots: Vec::new(), head: None, tail: None }
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = (self.slots[i].prev, self.slots[i].next);
        p.map(|p| self.slots[p].next = n).unwrap_or_else(|| self.head = n);
        n.map(|n| self.slots[n].prev = p).unwrap_or_else(|| self.tail = p);
    }

    fn push_front(&mut self, i: usize) {
        self.slots[i].prev = None;
        self.slots[i].next = self.head;
        self.head.map(|h| self.slots[h].prev = Some(i)).unwrap_or_else(|| self.tail = Some(i));
        self.head = Some(i);
    }

    fn touch(&mut self, i: usize) -> usize {
        if self.head != Some(i) {
            self.unlink(i);
            self.push_front(i);
        }
        i
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = self.map.get(key).copied().map(|i| self.touch(i))?;
        self.slots.get(i).map(|s| &s.val)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).and_then(|&i| self.slots.get(i)).map(|s| &s.val)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.cap == 0 {
            return;
        }
        if let Some(i) = self.map.get(&key).copied() {
            self.slots[i].val = value;
            self.touch(i);
            return;
        }
        let slot = match (self.slots.len() >= self.cap).then_some(self.tail).flatten() {
            Some(t) => {
                self.unlink(t);
                let old = std::mem::replace(&mut self.slots[t].key, key.clone());
                self.map.remove(&old);
                self.slots[t].val = value;
                t
            }
            None => {
                self.slots.push(Slot { key: key.clone(), val: value, prev: None, next: None });
                self.slots.len() - 1
            }
        };
        self.map.insert(key, slot);
        self.push_front(slot);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }
}
