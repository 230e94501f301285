// learner: optimal
// idiom: Go-style: HashMap<K, usize> + Vec<Entry> with usize::MAX NIL links, free helpers unlink/link_front taking the node table and &mut head/tail, early returns
use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

struct Entry<K, V> {
    key: K,
    val: V,
    prev: usize,
    next: usize,
}

pub struct LruCache<K, V> {
    capacity: usize,
    index: HashMap<K, usize>,
    nodes: Vec<Entry<K, V>>,
    head: usize,
    tail: usize,
}

fn unlink<K, V>(nodes: &mut [Entry<K, V>], head: &mut usize, tail: &mut usize, i: usize) {
    let p = nodes[i].prev;
    let n = nodes[i].next;
    if p == NIL {
        *head = n;
    } else {
        nodes[p].next = n;
    }
    if n == NIL {
        *tail = p;
    } else {
        nodes[n].prev = p;
    }
    nodes[i].prev = NIL;
    nodes[i].next = NIL;
}

fn link_front<K, V>(nodes: &mut [Entry<K, V>], head: &mut usize, tail: &mut usize, i: usize) {
    nodes[i].prev = NIL;
    nodes[i].next = *head;
    if *head != NIL {
        nodes[*head].prev = i;
    }
    *head = i;
    if *tail == NIL {
        *tail = i;
    }
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, index: HashMap::new(), nodes: Vec::new(), head: NIL, tail: NIL }
    }

    fn touch(&mut self, i: usize) {
        if self.head == i {
            return;
        }
        unlink(&mut self.nodes, &mut self.head, &mut self.tail, i);
        link_front(&mut self.nodes, &mut self.head, &mut self.tail, i);
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = match self.index.get(key) {
            Some(&i) => i,
            None => return None,
        };
        self.touch(i);
        Some(&self.nodes[i].val)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        match self.index.get(key) {
            Some(&i) => Some(&self.nodes[i].val),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.index.get(&key) {
            self.nodes[i].val = value;
            self.touch(i);
            return;
        }
        if self.nodes.len() < self.capacity {
            let i = self.nodes.len();
            self.nodes.push(Entry { key: key.clone(), val: value, prev: NIL, next: NIL });
            self.index.insert(key, i);
            link_front(&mut self.nodes, &mut self.head, &mut self.tail, i);
            return;
        }
        let victim = self.tail;
        unlink(&mut self.nodes, &mut self.head, &mut self.tail, victim);
        self.index.remove(&self.nodes[victim].key);
        self.nodes[victim].key = key.clone();
        self.nodes[victim].val = value;
        self.index.insert(key, victim);
        link_front(&mut self.nodes, &mut self.head, &mut self.tail, victim);
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
