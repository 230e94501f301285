// learner: optimal
// idiom: CUDA GPU programmer: node names interned into a flat Vec with u32 ids and a free list, BTreeMap<u64, u32> ring, index-loop FNV over the byte slice, bitmap for replica dedup
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::BTreeMap;

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
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
    v: u32,
    ring: BTreeMap<u64, u32>,  // position -> node id
    names: Vec<Option<String>>, // id -> name (None = free slot)
    free: Vec<u32>,
    by_name: BTreeMap<String, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            v: if vnodes == 0 { 1 } else { vnodes },
            ring: BTreeMap::new(),
            names: Vec::new(),
            free: Vec::new(),
            by_name: BTreeMap::new(),
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.by_name.contains_key(node) {
            return false;
        }
        let id = match self.free.pop() {
            Some(id) => {
                self.names[id as usize] = Some(node.to_string());
                id
            }
            None => {
                self.names.push(Some(node.to_string()));
                (self.names.len() - 1) as u32
            }
        };
        self.by_name.insert(node.to_string(), id);
        for i in 0..self.v {
            self.ring.insert(hash64(&format!("{node}#{i}")), id);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let id = match self.by_name.remove(node) {
            Some(id) => id,
            None => return false,
        };
        for i in 0..self.v {
            let p = hash64(&format!("{node}#{i}"));
            if self.ring.get(&p) == Some(&id) {
                self.ring.remove(&p);
            }
        }
        self.names[id as usize] = None;
        self.free.push(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.by_name.keys().map(|s| s.as_str()).collect()
    }

    fn name(&self, id: u32) -> &str {
        self.names[id as usize].as_deref().unwrap()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let id = match self.ring.range(h..).next() {
            Some((_, &id)) => id,
            None => *self.ring.values().next()?,
        };
        Some(self.name(id))
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.by_name.len());
        let mut seen = vec![false; self.names.len()];
        let mut out = Vec::with_capacity(want);
        for (_, &id) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if out.len() >= want {
                break;
            }
            if !seen[id as usize] {
                seen[id as usize] = true;
                out.push(self.name(id));
            }
        }
        out
    }
}
