// learner: optimal
// idiom: heavy generics and traits: a generic IndexList<T> arena with a Linked trait, the cache built on top
use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;

trait Linked {
    fn links(&mut self) -> &mut (usize, usize);
}

struct Node<K, V> {
    key: K,
    value: V,
    link: (usize, usize), // (prev, next)
}

impl<K, V> Linked for Node<K, V> {
    fn links(&mut self) -> &mut (usize, usize) {
        &mut self.link
    }
}

struct IndexList<T: Linked> {
    nodes: Vec<T>,
    head: usize,
    tail: usize,
}

impl<T: Linked> IndexList<T> {
    fn new() -> Self {
        IndexList { nodes: Vec::new(), head: NIL, tail: NIL }
    }

    fn len(&self) -> usize {
        self.nodes.len()
    }

    fn unlink(&mut self, i: usize) {
        let (p, n) = *self.nodes[i].links();
        if p == NIL { self.head = n } else { self.nodes[p].links().1 = n }
        if n == NIL { self.tail = p } else { self.nodes[n].links().0 = p }
    }

    fn link_front(&mut self, i: usize) {
        let h = self.head;
        *self.nodes[i].links() = (NIL, h);
        if h == NIL { self.tail = i } else { self.nodes[h].links().0 = i }
        self.head = i;
    }

    fn push_front(&mut self, node: T) -> usize {
        self.nodes.push(node);
        let i = self.nodes.len() - 1;
        self.link_front(i);
        i
    }

    fn move_front(&mut self, i: usize) {
        if self.head != i {
            self.unlink(i);
            self.link_front(i);
        }
    }
}

fn lookup<Q: Hash + Eq>(map: &HashMap<Q, usize>, key: &Q) -> Option<usize> {
    map.get(key).copied()
}

pub struct LruCache<K, V> {
    capacity: usize,
    map: HashMap<K, usize>,
    list: IndexList<Node<K, V>>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, map: HashMap::new(), list: IndexList::new() }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = lookup(&self.map, key)?;
        self.list.move_front(i);
        Some(&self.list.nodes[i].value)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        lookup(&self.map, key).map(|i| &self.list.nodes[i].value)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(i) = lookup(&self.map, &key) {
            self.list.nodes[i].value = value;
            self.list.move_front(i);
        } else if self.list.len() < self.capacity {
            let i = self.list.push_front(Node { key: key.clone(), value, link: (NIL, NIL) });
            self.map.insert(key, i);
        } else {
            let t = self.list.tail;
            self.map.remove(&self.list.nodes[t].key);
            self.list.nodes[t].key = key.clone();
            self.list.nodes[t].value = value;
            self.list.move_front(t);
            self.map.insert(key, t);
        }
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
