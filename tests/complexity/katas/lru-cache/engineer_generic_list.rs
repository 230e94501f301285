// learner: optimal
// idiom: over-engineered: generic index-linked DList<T> module with Handle newtype, Recency trait, Order iterator struct implementing Iterator, Entry struct
use std::collections::HashMap;
use std::hash::Hash;

mod dlist {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct Handle(usize);

    struct Slot<T> {
        item: T,
        prev: Option<Handle>,
        next: Option<Handle>,
    }

    /// A doubly-linked list living in a Vec; handles stay valid until removed.
    pub struct DList<T> {
        slots: Vec<Slot<T>>,
        head: Option<Handle>,
        tail: Option<Handle>,
    }

    impl<T> Default for DList<T> {
        fn default() -> Self {
            DList { slots: Vec::new(), head: None, tail: None }
        }
    }

    impl<T> DList<T> {
        pub fn with_capacity(n: usize) -> Self {
            DList { slots: Vec::with_capacity(n), head: None, tail: None }
        }

        pub fn len(&self) -> usize {
            self.slots.len()
        }

        pub fn push_front(&mut self, item: T) -> Handle {
            let h = Handle(self.slots.len());
            self.slots.push(Slot { item, prev: None, next: None });
            self.link_front(h);
            h
        }

        fn link_front(&mut self, h: Handle) {
            self.slots[h.0].prev = None;
            self.slots[h.0].next = self.head;
            match self.head {
                Some(old) => self.slots[old.0].prev = Some(h),
                None => self.tail = Some(h),
            }
            self.head = Some(h);
        }

        fn unlink(&mut self, h: Handle) {
            let (prev, next) = (self.slots[h.0].prev, self.slots[h.0].next);
            match prev {
                Some(p) => self.slots[p.0].next = next,
                None => self.head = next,
            }
            match next {
                Some(n) => self.slots[n.0].prev = prev,
                None => self.tail = prev,
            }
        }

        pub fn move_to_front(&mut self, h: Handle) {
            if self.head != Some(h) {
                self.unlink(h);
                self.link_front(h);
            }
        }

        pub fn back(&self) -> Option<Handle> {
            self.tail
        }

        pub fn get(&self, h: Handle) -> &T {
            &self.slots[h.0].item
        }

        pub fn get_mut(&mut self, h: Handle) -> &mut T {
            &mut self.slots[h.0].item
        }

        /// Front-to-back walk.
        #[allow(dead_code)]
        pub fn iter(&self) -> Order<'_, T> {
            Order { list: self, at: self.head }
        }
    }

    pub struct Order<'a, T> {
        list: &'a DList<T>,
        at: Option<Handle>,
    }

    impl<'a, T> Iterator for Order<'a, T> {
        type Item = &'a T;
        fn next(&mut self) -> Option<&'a T> {
            let h = self.at?;
            let slot = &self.list.slots[h.0];
            self.at = slot.next;
            Some(&slot.item)
        }
    }
}

use dlist::{DList, Handle};

struct Entry<K, V> {
    key: K,
    value: V,
}

trait Recency<K> {
    fn touch(&mut self, h: Handle);
    fn coldest(&self) -> Option<Handle>;
}

impl<K, V> Recency<K> for DList<Entry<K, V>> {
    fn touch(&mut self, h: Handle) {
        self.move_to_front(h);
    }
    fn coldest(&self) -> Option<Handle> {
        self.back()
    }
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, Handle>,
    order: DList<Entry<K, V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index: HashMap::with_capacity(capacity.min(1 << 16)),
            order: DList::with_capacity(capacity.min(1 << 16)),
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let h = *self.index.get(key)?;
        self.order.touch(h);
        Some(&self.order.get(h).value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index.get(key).map(|&h| &self.order.get(h).value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&h) = self.index.get(&key) {
            self.order.get_mut(h).value = value;
            self.order.touch(h);
            return;
        }
        if self.order.len() < self.capacity {
            let h = self.order.push_front(Entry { key: key.clone(), value });
            self.index.insert(key, h);
            return;
        }
        let victim = self.order.coldest().expect("full cache has a tail");
        let old = std::mem::replace(self.order.get_mut(victim), Entry { key: key.clone(), value });
        self.index.remove(&old.key);
        self.index.insert(key, victim);
        self.order.touch(victim);
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
