// learner: optimal
// idiom: Scheme-teacher style: circular list with a sentinel at index 0, parallel prev/next vectors, helpers named detach / splice-after-sentinel / oldest
use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

pub struct LruCache<K, V> {
    capacity: usize,
    index_of: HashMap<K, usize>,
    entries: Vec<Option<(K, V)>>,
    prev: Vec<usize>,
    next: Vec<usize>,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        LruCache {
            capacity,
            index_of: HashMap::new(),
            entries: vec![None],
            prev: vec![SENTINEL],
            next: vec![SENTINEL],
        }
    }

    fn detach(&mut self, i: usize) {
        let (p, n) = (self.prev[i], self.next[i]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    fn splice_after_sentinel(&mut self, i: usize) {
        let first = self.next[SENTINEL];
        self.prev[i] = SENTINEL;
        self.next[i] = first;
        self.prev[first] = i;
        self.next[SENTINEL] = i;
    }

    fn make_freshest(&mut self, i: usize) {
        self.detach(i);
        self.splice_after_sentinel(i);
    }

    fn oldest(&self) -> usize {
        self.prev[SENTINEL]
    }

    fn value_at(&self, i: usize) -> Option<&V> {
        self.entries[i].as_ref().map(|(_, v)| v)
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let i = *self.index_of.get(key)?;
        self.make_freshest(i);
        self.value_at(i)
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        self.index_of.get(key).and_then(|&i| self.value_at(i))
    }

    fn new_slot(&mut self) -> usize {
        self.entries.push(None);
        self.prev.push(SENTINEL);
        self.next.push(SENTINEL);
        self.entries.len() - 1
    }

    fn evict_oldest(&mut self) -> usize {
        let victim = self.oldest();
        self.detach(victim);
        if let Some((old_key, _)) = self.entries[victim].take() {
            self.index_of.remove(&old_key);
        }
        victim
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        match self.index_of.get(&key) {
            Some(&i) => {
                self.entries[i] = Some((key, value));
                self.make_freshest(i);
            }
            None => {
                let slot = if self.index_of.len() == self.capacity { self.evict_oldest() } else { self.new_slot() };
                self.index_of.insert(key.clone(), slot);
                self.entries[slot] = Some((key, value));
                self.splice_after_sentinel(slot);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.index_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
