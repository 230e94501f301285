// learner: optimal
// idiom: Julia-style arena: node names in a Vec indexed by id, BTreeMap<u64, usize> ring, HashMap name->id, free list for reuse
use std::collections::{BTreeMap, HashMap};

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
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
    vn: u32,
    ring: BTreeMap<u64, usize>,
    names: Vec<String>,
    alive: Vec<bool>,
    id_of: HashMap<String, usize>,
    free: Vec<usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring {
            vn: vnodes.max(1),
            ring: BTreeMap::new(),
            names: Vec::new(),
            alive: Vec::new(),
            id_of: HashMap::new(),
            free: Vec::new(),
        }
    }

    fn alloc_id(&mut self, node: &str) -> usize {
        if let Some(id) = self.free.pop() {
            self.names[id] = node.to_string();
            self.alive[id] = true;
            id
        } else {
            self.names.push(node.to_string());
            self.alive.push(true);
            self.names.len() - 1
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.id_of.contains_key(node) {
            return false;
        }
        let id = self.alloc_id(node);
        self.id_of.insert(node.to_string(), id);
        for i in 0..self.vn {
            let pos = hash64(&format!("{}#{}", node, i));
            self.ring.entry(pos).or_insert(id);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let id = match self.id_of.remove(node) {
            Some(id) => id,
            None => return false,
        };
        for i in 0..self.vn {
            let pos = hash64(&format!("{}#{}", node, i));
            if self.ring.get(&pos) == Some(&id) {
                self.ring.remove(&pos);
            }
        }
        self.alive[id] = false;
        self.free.push(id);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.id_of.keys().map(|k| k.as_str()).collect();
        out.sort_unstable();
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let id = self.ring.range(h..).next().or_else(|| self.ring.iter().next()).map(|(_, &id)| id)?;
        Some(&self.names[id])
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.id_of.len());
        let mut seen = vec![false; self.names.len()];
        let mut out = Vec::with_capacity(want);
        let mut it = self.ring.range(h..).chain(self.ring.range(..h));
        while out.len() < want {
            match it.next() {
                Some((_, &id)) => {
                    if !seen[id] {
                        seen[id] = true;
                        out.push(self.names[id].as_str());
                    }
                }
                None => break,
            }
        }
        out
    }
}
