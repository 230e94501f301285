// learner: optimal
// idiom: a reusable generic IndexList<T> (Vec-backed doubly linked list with Option<usize> links and a free list) with its own methods, LruCache composes it with a HashMap<K, usize>; Option combinators and as_ref/as_mut
//! LRU cache with O(1) get and put.

use std::collections::HashMap;
use std::hash::Hash;

struct Slot<T> {
    item: Option<T>,
    prev: Option<usize>,
    next: Option<usize>,
}

/// A doubly linked list whose nodes live in a Vec and are addressed by index.
struct IndexList<T> {
    slots: Vec<Slot<T>>,
    free: Vec<usize>,
    front: Option<usize>,
    back: Option<usize>,
}

impl<T> IndexList<T> {
    fn new() -> Self {
        IndexList { slots: Vec::new(), free: Vec::new(), front: None, back: None }
    }

    fn link_front(&mut self, at: usize) {
        self.slots[at].prev = None;
        self.slots[at].next = self.front;
        match self.front {
            Some(old) => self.slots[old].prev = Some(at),
            None => self.back = Some(at),
        }
        self.front = Some(at);
    }

    fn unlink(&mut self, at: usize) {
        let (prev, next) = (self.slots[at].prev, self.slots[at].next);
        match prev {
            Some(p) => self.slots[p].next = next,
            None => self.front = next,
        }
        match next {
            Some(n) => self.slots[n].prev = prev,
            None => self.back = prev,
        }
    }

    fn push_front(&mut self, item: T) -> usize {
        let at = match self.free.pop() {
            Some(i) => {
                self.slots[i].item = Some(item);
                i
            }
            None => {
                self.slots.push(Slot { item: Some(item), prev: None, next: None });
                self.slots.len() - 1
            }
        };
        self.link_front(at);
        at
    }

    fn move_to_front(&mut self, at: usize) {
        if self.front != Some(at) {
            self.unlink(at);
            self.link_front(at);
        }
    }

    fn pop_back(&mut self) -> Option<T> {
        let at = self.back?;
        self.unlink(at);
        self.free.push(at);
        self.slots[at].item.take()
    }

    fn get(&self, at: usize) -> Option<&T> {
        self.slots.get(at)?.item.as_ref()
    }

    fn get_mut(&mut self, at: usize) -> Option<&mut T> {
        self.slots.get_mut(at)?.item.as_mut()
    }
}

pub struct LruCache<K, V> {
    capacity: usize,
    where_is: HashMap<K, usize>,
    order: IndexList<(K, V)>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, where_is: HashMap::new(), order: IndexList::new() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let at = *self.where_is.get(key)?;
        self.order.move_to_front(at);
        self.order.get(at).map(|(_, v)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.where_is.get(key).and_then(|&at| self.order.get(at)).map(|(_, v)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&at) = self.where_is.get(&key) {
            if let Some(entry) = self.order.get_mut(at) {
                entry.1 = value;
            }
            self.order.move_to_front(at);
            return;
        }
        if self.where_is.len() == self.capacity {
            if let Some((old_key, _)) = self.order.pop_back() {
                self.where_is.remove(&old_key);
            }
        }
        let at = self.order.push_front((key.clone(), value));
        self.where_is.insert(key, at);
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
