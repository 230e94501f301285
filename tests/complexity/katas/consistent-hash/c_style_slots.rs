// learner: optimal
// idiom: C-style: node name table with integer ids and a free list, BTreeMap<u64, usize> ring, index loops, manual byte loop hash
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i: usize = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    vn: u32,
    ring: BTreeMap<u64, usize>,
    slot_name: Vec<String>,
    slot_used: Vec<bool>,
    free: Vec<usize>,
    by_name: BTreeMap<String, usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let vn = if vnodes == 0 { 1 } else { vnodes };
        Ring {
            vn,
            ring: BTreeMap::new(),
            slot_name: Vec::new(),
            slot_used: Vec::new(),
            free: Vec::new(),
            by_name: BTreeMap::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let id: usize;
        if let Some(f) = self.free.pop() {
            id = f;
            self.slot_name[id] = node.to_string();
            self.slot_used[id] = true;
        } else {
            id = self.slot_name.len();
            self.slot_name.push(node.to_string());
            self.slot_used.push(true);
        }
        self.by_name.insert(node.to_string(), id);
        let mut i: u32 = 0;
        while i < self.vn {
            let t = hash64(&format!("{}#{}", node, i));
            self.ring.insert(t, id);
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let id = match self.by_name.remove(node) {
            Some(x) => x,
            None => return false,
        };
        let mut i: u32 = 0;
        while i < self.vn {
            let t = hash64(&format!("{}#{}", node, i));
            if self.ring.get(&t) == Some(&id) {
                self.ring.remove(&t);
            }
            i += 1;
        }
        self.slot_used[id] = false;
        self.slot_name[id].clear();
        self.free.push(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.by_name.len());
        for k in self.by_name.keys() {
            out.push(k.as_str());
        }
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let id = match self.ring.range(h..).next() {
            Some((_, &id)) => id,
            None => match self.ring.iter().next() {
                Some((_, &id)) => id,
                None => return None,
            },
        };
        Some(self.slot_name[id].as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let total = self.by_name.len();
        let want = if count < total { count } else { total };
        if want == 0 {
            return out;
        }
        let mut taken = vec![false; self.slot_name.len()];
        let h = hash64(key);
        for (_, &id) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if !taken[id] {
                taken[id] = true;
                out.push(self.slot_name[id].as_str());
                if out.len() == want {
                    break;
                }
            }
        }
        out
    }
}
