// learner: optimal
// idiom: competitive: parallel l/r link Vecs with a sentinel at index 0 and payload in Vec<Option<(K, V)>>, terse names, std::mem::replace on eviction
use std::collections::HashMap;
use std::hash::Hash;

pub struct LruCache<K, V> {
    capacity: usize,
    m: HashMap<K, usize>,
    d: Vec<Option<(K, V)>>,
    l: Vec<usize>,
    r: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { capacity, m: HashMap::new(), d: vec![None], l: vec![0], r: vec![0] }
    }

    fn cut(&mut self, i: usize) {
        let (a, b) = (self.l[i], self.r[i]);
        self.r[a] = b;
        self.l[b] = a;
    }

    fn front(&mut self, i: usize) {
        let b = self.r[0];
        self.l[i] = 0;
        self.r[i] = b;
        self.l[b] = i;
        self.r[0] = i;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.m.get(key)?;
        self.cut(i);
        self.front(i);
        self.d[i].as_ref().map(|e| &e.1)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.m.get(key).and_then(|&i| self.d[i].as_ref()).map(|e| &e.1)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&i) = self.m.get(&key) {
            self.d[i].as_mut().unwrap().1 = value;
            self.cut(i);
            self.front(i);
            return;
        }
        let i = if self.m.len() < self.capacity {
            self.d.push(None);
            self.l.push(0);
            self.r.push(0);
            self.d.len() - 1
        } else {
            let t = self.l[0];
            self.cut(t);
            let old = std::mem::replace(&mut self.d[t], None);
            self.m.remove(&old.unwrap().0);
            t
        };
        self.m.insert(key.clone(), i);
        self.d[i] = Some((key, value));
        self.front(i);
    }

    pub fn len(&self) -> usize {
        self.m.len()
    }

    pub fn is_empty(&self) -> bool {
        self.m.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
