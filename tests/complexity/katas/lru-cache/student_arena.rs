// learner: optimal
// idiom: student: HashMap<K, usize> + Vec of tuple nodes (k, v, prev, next) with usize::MAX as null, tail slot reused on eviction
use std::collections::HashMap;
use std::hash::Hash;

const X: usize = usize::MAX;

pub struct LruCache<K, V> {
    c: usize,
    m: HashMap<K, usize>,
    n: Vec<(K, V, usize, usize)>,
    h: usize,
    t: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { c: capacity, m: HashMap::new(), n: Vec::new(), h: X, t: X }
    }

    fn cut(&mut self, i: usize) {
        let (p, q) = (self.n[i].2, self.n[i].3);
        if p == X { self.h = q } else { self.n[p].3 = q }
        if q == X { self.t = p } else { self.n[q].2 = p }
    }

    fn front(&mut self, i: usize) {
        self.n[i].2 = X;
        self.n[i].3 = self.h;
        if self.h != X { self.n[self.h].2 = i }
        self.h = i;
        if self.t == X { self.t = i }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.m.get(key)?;
        self.cut(i);
        self.front(i);
        Some(&self.n[i].1)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.m.get(key).map(|&i| &self.n[i].1)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.c == 0 { return }
        if let Some(&i) = self.m.get(&key) {
            self.n[i].1 = value;
            self.cut(i);
            self.front(i);
            return;
        }
        let i = if self.n.len() < self.c {
            self.n.push((key.clone(), value, X, X));
            self.n.len() - 1
        } else {
            let i = self.t;
            self.cut(i);
            self.m.remove(&self.n[i].0);
            self.n[i].0 = key.clone();
            self.n[i].1 = value;
            i
        };
        self.m.insert(key, i);
        self.front(i);
    }

    pub fn len(&self) -> usize { self.m.len() }
    pub fn is_empty(&self) -> bool { self.m.is_empty() }
    pub fn capacity(&self) -> usize { self.c }
}
