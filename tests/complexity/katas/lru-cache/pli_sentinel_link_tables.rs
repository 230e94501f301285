// learner: optimal
// idiom: PL/I-style: parallel link tables (prev/next subscripts) with a sentinel at slot 0, entry records in a table, paragraph helpers
use std::collections::HashMap;
use std::hash::Hash;

const SENTINEL: usize = 0;

struct EntryRecord<K, V> {
    entry_key: K,
    entry_value: V,
}

pub struct LruCache<K, V> {
    capacity: usize,
    key_index: HashMap<K, usize>,
    entry_table: Vec<Option<EntryRecord<K, V>>>,
    prev_link: Vec<usize>,
    next_link: Vec<usize>,
    entry_count: usize,
}

impl<K: Hash + Eq + Clone, V> LruCache<K, V> {
    pub fn new(capacity: usize) -> Self {
        let mut entry_table = Vec::new();
        entry_table.push(None);
        LruCache {
            capacity,
            key_index: HashMap::new(),
            entry_table,
            prev_link: vec![SENTINEL],
            next_link: vec![SENTINEL],
            entry_count: 0,
        }
    }

    fn para_detach(&mut self, slot: usize) {
        let before = self.prev_link[slot];
        let after = self.next_link[slot];
        self.next_link[before] = after;
        self.prev_link[after] = before;
    }

    fn para_attach_first(&mut self, slot: usize) {
        let old_first = self.next_link[SENTINEL];
        self.prev_link[slot] = SENTINEL;
        self.next_link[slot] = old_first;
        self.prev_link[old_first] = slot;
        self.next_link[SENTINEL] = slot;
    }

    pub fn get(&mut self, key: &K) -> Option<&V> {
        let slot = match self.key_index.get(key) {
            Some(s) => *s,
            None => return None,
        };
        self.para_detach(slot);
        self.para_attach_first(slot);
        match &self.entry_table[slot] {
            Some(rec) => Some(&rec.entry_value),
            None => None,
        }
    }

    pub fn peek(&self, key: &K) -> Option<&V> {
        let slot = match self.key_index.get(key) {
            Some(s) => *s,
            None => return None,
        };
        match &self.entry_table[slot] {
            Some(rec) => Some(&rec.entry_value),
            None => None,
        }
    }

    pub fn put(&mut self, key: K, value: V) {
        if self.capacity == 0 {
            return;
        }
        if let Some(existing) = self.key_index.get(&key) {
            let slot = *existing;
            if let Some(rec) = self.entry_table[slot].as_mut() {
                rec.entry_value = value;
            }
            self.para_detach(slot);
            self.para_attach_first(slot);
            return;
        }
        let slot: usize;
        if self.entry_count < self.capacity {
            slot = self.entry_table.len();
            self.entry_table.push(None);
            self.prev_link.push(SENTINEL);
            self.next_link.push(SENTINEL);
            self.entry_count = self.entry_count + 1;
        } else {
            slot = self.prev_link[SENTINEL];
            self.para_detach(slot);
            if let Some(old) = self.entry_table[slot].take() {
                self.key_index.remove(&old.entry_key);
            }
        }
        self.key_index.insert(key.clone(), slot);
        self.entry_table[slot] = Some(EntryRecord { entry_key: key, entry_value: value });
        self.para_attach_first(slot);
    }

    pub fn len(&self) -> usize {
        self.entry_count
    }

    pub fn is_empty(&self) -> bool {
        self.entry_count == 0
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }
}
