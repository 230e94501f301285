// learner: optimal
// idiom: student: lazy deletion, HashMap<K,(V,stamp)> + VecDeque<(K,stamp)> of accesses, stale entries skipped on eviction, queue compacted when it doubles (amortised O(1))
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

pub struct LruCache<K, V> {
    c: usize,
    m: HashMap<K, (V, u64)>,
    q: VecDeque<(K, u64)>,
    t: u64,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache { c: capacity, m: HashMap::new(), q: VecDeque::new(), t: 0 }
    }

    fn bump(&mut self, k: K) {
        self.t += 1;
        self.m.get_mut(&k).unwrap().1 = self.t;
        self.q.push_back((k, self.t));
        if self.q.len() > 2 * self.m.len() + 16 {
            let m = &self.m;
            self.q.retain(|(k, s)| m.get(k).map(|e| e.1) == Some(*s));
        }
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        if !self.m.contains_key(key) {
            return None;
        }
        self.bump(key.clone());
        self.m.get(key).map(|e| &e.0)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.m.get(key).map(|e| &e.0)
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.c == 0 {
            return;
        }
        if !self.m.contains_key(&key) && self.m.len() == self.c {
            while let Some((k, s)) = self.q.pop_front() {
                if self.m.get(&k).map(|e| e.1) == Some(s) {
                    self.m.remove(&k);
                    break;
                }
            }
        }
        self.m.insert(key.clone(), (value, 0));
        self.bump(key);
    }

    pub fn len(&self) -> usize {
        self.m.len()
    }

    pub fn is_empty(&self) -> bool {
        self.m.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.c
    }
}
