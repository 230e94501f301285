// learner: optimal
// idiom: PHP-style: HashMap "registry" of name -> node id, BTreeMap<u64, usize> token -> node id, explicit member table with tombstones
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap};

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100000001b3);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, usize>,
    names: Vec<Option<String>>,
    ids: HashMap<String, usize>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let vnodes = if vnodes == 0 { 1 } else { vnodes };
        Ring { vnodes, ring: BTreeMap::new(), names: Vec::new(), ids: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.ids.contains_key(node) {
            return false;
        }
        let id = self.names.len();
        self.names.push(Some(node.to_owned()));
        self.ids.insert(node.to_owned(), id);
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{}#{}", node, i));
            self.ring.insert(pos, id);
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let id = match self.ids.remove(node) {
            Some(id) => id,
            None => return false,
        };
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{}#{}", node, i));
            if self.ring.get(&pos) == Some(&id) {
                self.ring.remove(&pos);
            }
        }
        self.names[id] = None;
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut list: Vec<&str> = self.ids.keys().map(|k| k.as_str()).collect();
        list.sort();
        list
    }

    fn name(&self, id: usize) -> &str {
        self.names[id].as_deref().unwrap_or("")
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let found = match self.ring.range(h..).next() {
            Some((_, id)) => Some(*id),
            None => self.ring.values().next().copied(),
        };
        match found {
            Some(id) => Some(self.name(id)),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.ids.len());
        let mut picked: Vec<usize> = Vec::new();
        for (_, &id) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if picked.len() == want {
                break;
            }
            if !picked.contains(&id) {
                picked.push(id);
            }
        }
        picked.into_iter().map(|id| self.name(id)).collect()
    }
}
