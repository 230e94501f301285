// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): walks the tokens in ring order until one is >= h
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;
use std::collections::BTreeSet;

pub fn hash64(s: &str) -> u64 {
    let bytes: &[u8] = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i: usize = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100000001b3);
        i = i + 1;
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    per_node: u32,
    position: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v: u32 = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { per_node: v, position: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.names.insert(node.to_string()) {
            return false;
        }
        let mut i: u32 = 0;
        while i < self.per_node {
            self.position.insert(hash64(&format!("{}#{}", node, i)), node.to_string());
            i = i + 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        let mut i: u32 = 0;
        while i < self.per_node {
            let t: u64 = hash64(&format!("{}#{}", node, i));
            let mine: bool = self.position.get(&t).map(|o| o == node).unwrap_or(false);
            if mine {
                self.position.remove(&t);
            }
            i = i + 1;
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| n.as_str()).collect()
    }

    /* go round the ring in order; the first token at or after h owns the key */
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h: u64 = hash64(key);
        let mut first: Option<&str> = None;
        for (token, owner) in self.position.iter() {
            if first.is_none() {
                first = Some(owner.as_str());
            }
            if *token >= h {
                return Some(owner.as_str());
            }
        }
        first
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h: u64 = hash64(key);
        let mut wanted: usize = count;
        if wanted > self.names.len() {
            wanted = self.names.len();
        }
        let mut chosen: Vec<&str> = Vec::new();
        for (_, owner) in self.position.range(h..).chain(self.position.range(..h)) {
            if chosen.len() >= wanted {
                break;
            }
            if !chosen.contains(&owner.as_str()) {
                chosen.push(owner.as_str());
            }
        }
        chosen
    }
}
