// learner: optimal
// idiom: C-style: node names interned into a slot arena (Vec<String> + free list), BTreeMap token->slot id, for-loop hash
use std::collections::BTreeMap;

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &byte in s.as_bytes() {
        h ^= byte as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    per_node: u32,
    slot_of: BTreeMap<String, u32>,
    names: Vec<String>,
    free_slots: Vec<u32>,
    circle: BTreeMap<u64, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            per_node: vnodes.max(1),
            slot_of: BTreeMap::new(),
            names: Vec::new(),
            free_slots: Vec::new(),
            circle: BTreeMap::new(),
        }
    }

    fn alloc_slot(&mut self, node: &str) -> u32 {
        match self.free_slots.pop() {
            Some(s) => {
                self.names[s as usize] = node.to_string();
                s
            }
            None => {
                self.names.push(node.to_string());
                (self.names.len() - 1) as u32
            }
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.slot_of.contains_key(node) {
            return false;
        }
        let slot = self.alloc_slot(node);
        self.slot_of.insert(node.to_string(), slot);
        for i in 0..self.per_node {
            self.circle.insert(hash64(&format!("{}#{}", node, i)), slot);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.slot_of.remove(node) {
            Some(s) => s,
            None => return false,
        };
        for i in 0..self.per_node {
            let t = hash64(&format!("{}#{}", node, i));
            if self.circle.get(&t) == Some(&slot) {
                self.circle.remove(&t);
            }
        }
        self.names[slot as usize].clear();
        self.free_slots.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.slot_of.keys().map(|k| k.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.circle.is_empty() {
            return None;
        }
        let h = hash64(key);
        let slot = match self.circle.range(h..).next() {
            Some((_, s)) => *s,
            None => *self.circle.values().next().unwrap(),
        };
        Some(self.names[slot as usize].as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out = Vec::new();
        let total = self.slot_of.len();
        if count == 0 || total == 0 {
            return out;
        }
        let want = if count > total { total } else { count };
        let mut taken = vec![false; self.names.len()];
        let h = hash64(key);
        for (_, &slot) in self.circle.range(h..).chain(self.circle.range(..h)) {
            if taken[slot as usize] {
                continue;
            }
            taken[slot as usize] = true;
            out.push(self.names[slot as usize].as_str());
            if out.len() >= want {
                break;
            }
        }
        out
    }
}
