// learner: optimal
// idiom: defensive beginner: Option<usize> links, explicit matches everywhere, early returns, mem::replace to recycle the tail slot
use std::collections::HashMap;
use std::hash::Hash;
use std::mem;

struct Entry<K, V> {
    key: K,
    value: V,
    prev: Option<usize>,
    next: Option<usize>,
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    entries: Vec<Entry<K, V>>,
    head: Option<usize>,
    tail: Option<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), entries: Vec::new(), head: None, tail: None }
    }

    fn detach(&mut self, i: usize) {
        let prev = self.entries[i].prev;
        let next = self.entries[i].next;
        match prev {
            Some(p) => self.entries[p].next = next,
            None => self.head = next,
        }
        match next {
            Some(n) => self.entries[n].prev = prev,
            None => self.tail = prev,
        }
        self.entries[i].prev = None;
        self.entries[i].next = None;
    }

    fn attach_front(&mut self, i: usize) {
        self.entries[i].prev = None;
        self.entries[i].next = self.head;
        match self.head {
            Some(h) => self.entries[h].prev = Some(i),
            None => self.tail = Some(i),
        }
        self.head = Some(i);
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = match self.index.get(key) {
            Some(&i) => i,
            None => return None,
        };
        if self.head != Some(i) {
            self.detach(i);
            self.attach_front(i);
        }
        Some(&self.entries[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.index.get(key) {
            Some(&i) => Some(&self.entries[i].value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.entries[i].value = value;
            if self.head != Some(i) {
                self.detach(i);
                self.attach_front(i);
            }
            return;
        }
        if self.entries.len() < self.capacity {
            let i = self.entries.len();
            self.entries.push(Entry { key: key.clone(), value, prev: None, next: None });
            self.index.insert(key, i);
            self.attach_front(i);
            return;
        }
        let victim = match self.tail {
            Some(t) => t,
            None => return,
        };
        self.detach(victim);
        let old_key = mem::replace(&mut self.entries[victim].key, key.clone());
        let _old_value = mem::replace(&mut self.entries[victim].value, value);
        self.index.remove(&old_key);
        self.index.insert(key, victim);
        self.attach_front(victim);
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
