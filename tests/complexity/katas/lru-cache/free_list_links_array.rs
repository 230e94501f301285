// learner: optimal
// idiom: nodes with a [usize; 2] link array indexed by direction constants, free list of recycled slots, NIL = usize::MAX
use std::collections::HashMap;
use std::hash::Hash;

const NIL: usize = usize::MAX;
const PREV: usize = 0;
const NEXT: usize = 1;

struct Entry<K, V> {
    key: K,
    val: Option<V>,
    link: [usize; 2],
}

pub struct LruCache<K, V> {
    capacity: usize,
    lookup: HashMap<K, usize>,
    slab: Vec<Entry<K, V>>,
    free: Vec<usize>,
    ends: [usize; 2], // ends[PREV] = newest, ends[NEXT] = oldest
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        Self { capacity, lookup: HashMap::new(), slab: Vec::new(), free: Vec::new(), ends: [NIL, NIL] }
    }

    fn cut(&mut self, at: usize) {
        let [before, after] = self.slab[at].link;
        if before == NIL { self.ends[PREV] = after; } else { self.slab[before].link[NEXT] = after; }
        if after == NIL { self.ends[NEXT] = before; } else { self.slab[after].link[PREV] = before; }
    }

    fn make_newest(&mut self, at: usize) {
        let old_newest = self.ends[PREV];
        self.slab[at].link = [NIL, old_newest];
        if old_newest == NIL { self.ends[NEXT] = at; } else { self.slab[old_newest].link[PREV] = at; }
        self.ends[PREV] = at;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let at = self.lookup.get(key).copied()?;
        if self.ends[PREV] != at {
            self.cut(at);
            self.make_newest(at);
        }
        self.slab[at].val.as_ref()
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let at = *self.lookup.get(key)?;
        self.slab[at].val.as_ref()
    }

    fn evict_oldest(&mut self) {
        let oldest = self.ends[NEXT];
        if oldest == NIL {
            return;
        }
        self.cut(oldest);
        let k = self.slab[oldest].key.clone();
        self.lookup.remove(&k);
        self.slab[oldest].val = None;
        self.free.push(oldest);
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(&at) = self.lookup.get(&key) {
            self.slab[at].val = Some(value);
            self.cut(at);
            self.make_newest(at);
            return;
        }
        if self.lookup.len() >= self.capacity {
            self.evict_oldest();
        }
        let at = match self.free.pop() {
            Some(slot) => {
                self.slab[slot].key = key.clone();
                self.slab[slot].val = Some(value);
                slot
            }
            None => {
                self.slab.push(Entry { key: key.clone(), val: Some(value), link: [NIL, NIL] });
                self.slab.len() - 1
            }
        };
        self.lookup.insert(key, at);
        self.make_newest(at);
    }

    pub fn len(&self) -> usize {
        self.lookup.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lookup.is_empty()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
