// learner: optimal
// idiom: Rc<RefCell<Link>> doubly linked recency list with Weak back links (values stay in the HashMap so get can hand out &V), iterative Drop to unlink the chain
//! LRU cache with O(1) get and put: see README.md.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;
use std::rc::{Rc, Weak};

struct Link<K> {
    key: K,
    prev: Option<Weak<RefCell<Link<K>>>>,
    next: Option<Rc<RefCell<Link<K>>>>,
}

type Strong<K> = Rc<RefCell<Link<K>>>;

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, (V, Strong<K>)>,
    head: Option<Strong<K>>,
    tail: Option<Weak<RefCell<Link<K>>>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), head: None, tail: None }
    }

    fn unlink(&mut self, node: &Strong<K>) {
        let (prev, next) = {
            let mut n = node.borrow_mut();
            (n.prev.take(), n.next.take())
        };
        match prev.as_ref().and_then(Weak::upgrade) {
            Some(p) => p.borrow_mut().next = next.clone(),
            None => self.head = next.clone(),
        }
        match next {
            Some(nx) => nx.borrow_mut().prev = prev,
            None => self.tail = prev,
        }
    }

    fn push_front(&mut self, node: &Strong<K>) {
        let old = self.head.take();
        {
            let mut n = node.borrow_mut();
            n.prev = None;
            n.next = old.clone();
        }
        match old {
            Some(o) => o.borrow_mut().prev = Some(Rc::downgrade(node)),
            None => self.tail = Some(Rc::downgrade(node)),
        }
        self.head = Some(Rc::clone(node));
    }

    fn touch(&mut self, node: &Strong<K>) {
        let already_first = self.head.as_ref().map_or(false, |h| Rc::ptr_eq(h, node));
        if !already_first {
            self.unlink(node);
            self.push_front(node);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let node = Rc::clone(&self.map.get(key)?.1);
        self.touch(&node);
        self.map.get(key).map(|(v, _)| v)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.map.get(key).map(|(v, _)| v)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some((slot, node)) = self.map.get_mut(&key) {
            *slot = value;
            let node = Rc::clone(node);
            self.touch(&node);
            return;
        }
        if self.map.len() == self.capacity {
            if let Some(last) = self.tail.as_ref().and_then(Weak::upgrade) {
                self.unlink(&last);
                let old_key = last.borrow().key.clone();
                self.map.remove(&old_key);
            }
        }
        let node = Rc::new(RefCell::new(Link { key: key.clone(), prev: None, next: None }));
        self.push_front(&node);
        self.map.insert(key, (value, node));
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}

impl<K, V> Drop for LruCache<K, V> {
    fn drop(&mut self) {
        // Unlink front to back so dropping a long chain does not recurse.
        let mut cur = self.head.take();
        while let Some(node) = cur {
            cur = node.borrow_mut().next.take();
        }
    }
}
