// learner: optimal
// idiom: Lisp-style: arena of cons-like cells linked by indices with a NIL sentinel, tiny free functions for link surgery, HashMap from key to cell
use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

struct Cell<K, V> {
    key: K,
    val: V,
    prev: usize,
    next: usize,
}

pub struct LruCache<K, V> {
    capacity: usize,
    cells: Vec<Cell<K, V>>,
    table: HashMap<K, usize>,
    head: usize,
    tail: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            cells: Vec::new(),
            table: HashMap::new(),
            head: NIL,
            tail: NIL,
        }
    }

    fn detach(&mut self, i: usize) {
        let (p, n) = (self.cells[i].prev, self.cells[i].next);
        if p == NIL { self.head = n } else { self.cells[p].next = n }
        if n == NIL { self.tail = p } else { self.cells[n].prev = p }
    }

    fn attach_front(&mut self, i: usize) {
        self.cells[i].prev = NIL;
        self.cells[i].next = self.head;
        if self.head != NIL {
            self.cells[self.head].prev = i;
        }
        self.head = i;
        if self.tail == NIL {
            self.tail = i;
        }
    }

    fn touch(&mut self, i: usize) {
        if self.head != i {
            self.detach(i);
            self.attach_front(i);
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.table.get(key)?;
        self.touch(i);
        Some(&self.cells[i].val)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.table.get(key).map(|&i| &self.cells[i].val)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.table.get(&key) {
            self.cells[i].val = value;
            self.touch(i);
            return;
        }
        let i = if self.cells.len() < self.capacity {
            self.cells.push(Cell { key: key.clone(), val: value, prev: NIL, next: NIL });
            self.cells.len() - 1
        } else {
            let victim = self.tail;
            self.detach(victim);
            self.table.remove(&self.cells[victim].key);
            let cell = &mut self.cells[victim];
            cell.key = key.clone();
            cell.val = value;
            victim
        };
        self.table.insert(key, i);
        self.attach_front(i);
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
