// learner: optimal
// idiom: Nim systems programmer: node names interned into a slot table (Vec<Option<String>> + free list + name->slot map), the ring maps token -> u32 slot, byte-loop FNV with explicit wrapping ops
use std::collections::{BTreeMap, HashMap};

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = h ^ (bytes[i] as u64);
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h = h ^ (h >> 33);
    h
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, u32>,
    slots: Vec<Option<String>>,
    freeSlots: Vec<u32>,
    slotOf: HashMap<String, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vnodes: if vnodes == 0 { 1 } else { vnodes },
            ring: BTreeMap::new(),
            slots: Vec::new(),
            freeSlots: Vec::new(),
            slotOf: HashMap::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.slotOf.contains_key(node) {
            return false;
        }
        let slot: u32 = match self.freeSlots.pop() {
            Some(s) => {
                self.slots[s as usize] = Some(node.to_string());
                s
            }
            None => {
                self.slots.push(Some(node.to_string()));
                (self.slots.len() - 1) as u32
            }
        };
        self.slotOf.insert(node.to_string(), slot);
        let mut label = String::with_capacity(node.len() + 11);
        for i in 0..self.vnodes {
            label.clear();
            label.push_str(node);
            label.push('#');
            label.push_str(&i.to_string());
            self.ring.insert(hash64(&label), slot);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let slot = match self.slotOf.remove(node) {
            Some(s) => s,
            None => return false,
        };
        for i in 0..self.vnodes {
            let t = hash64(&format!("{}#{}", node, i));
            if self.ring.get(&t) == Some(&slot) {
                self.ring.remove(&t);
            }
        }
        self.slots[slot as usize] = None;
        self.freeSlots.push(slot);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        for s in self.slots.iter() {
            if let Some(name) = s {
                result.push(name.as_str());
            }
        }
        result.sort_unstable();
        result
    }

    fn name(&self, slot: u32) -> &str {
        self.slots[slot as usize].as_deref().unwrap()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let hit = match self.ring.range(h..).next() {
            Some((_, s)) => Some(*s),
            None => self.ring.values().next().copied(),
        };
        match hit {
            Some(s) => Some(self.name(s)),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        let h = hash64(key);
        let want = if count < self.slotOf.len() { count } else { self.slotOf.len() };
        for (_, s) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if result.len() >= want {
                break;
            }
            if !seen.contains(s) {
                seen.push(*s);
                result.push(self.name(*s));
            }
        }
        result
    }
}
