// learner: optimal
// idiom: node arena (Vec<Option<String>> + free list) with BTreeMap<u64, usize> positions and BTreeMap<String, usize> names; while-loop hash
use std::collections::BTreeMap;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100000001b3);
        i += 1;
    }
    fmix64(h)
}

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51afd7ed558ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ceb9fe1a85ec53);
    k ^= k >> 33;
    k
}

pub struct Ring {
    per_node: u32,
    slots: Vec<Option<String>>,
    free: Vec<usize>,
    by_name: BTreeMap<String, usize>,
    positions: BTreeMap<u64, usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            per_node: if vnodes == 0 { 1 } else { vnodes },
            slots: Vec::new(),
            free: Vec::new(),
            by_name: BTreeMap::new(),
            positions: BTreeMap::new(),
        }
    }

    fn position(node: &str, i: u32) -> u64 {
        hash64(&format!("{}#{}", node, i))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let id = match self.free.pop() {
            Some(id) => {
                self.slots[id] = Some(node.to_string());
                id
            }
            None => {
                self.slots.push(Some(node.to_string()));
                self.slots.len() - 1
            }
        };
        self.by_name.insert(node.to_string(), id);
        let mut i = 0;
        while i < self.per_node {
            self.positions.insert(Ring::position(node, i), id);
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let id = match self.by_name.remove(node) {
            Some(id) => id,
            None => return false,
        };
        let mut i = 0;
        while i < self.per_node {
            let p = Ring::position(node, i);
            if self.positions.get(&p) == Some(&id) {
                self.positions.remove(&p);
            }
            i += 1;
        }
        self.slots[id] = None;
        self.free.push(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v = Vec::with_capacity(self.by_name.len());
        for name in self.by_name.keys() {
            v.push(name.as_str());
        }
        v
    }

    fn name(&self, id: usize) -> &str {
        self.slots[id].as_deref().unwrap()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let id = match self.positions.range(h..).next() {
            Some((_, &id)) => id,
            None => match self.positions.iter().next() {
                Some((_, &id)) => id,
                None => return None,
            },
        };
        Some(self.name(id))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut result = Vec::new();
        let mut taken = vec![false; self.slots.len()];
        let h = hash64(key);
        let limit = count.min(self.by_name.len());
        let after = self.positions.range(h..);
        let before = self.positions.range(..h);
        for (_, &id) in after.chain(before) {
            if result.len() >= limit {
                break;
            }
            if !taken[id] {
                taken[id] = true;
                result.push(self.name(id));
            }
        }
        result
    }
}
