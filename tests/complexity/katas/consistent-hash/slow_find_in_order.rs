// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): walks the BTreeMap in order with iter().find(token >= h) instead of range(h..)
//! Consistent hashing ring.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
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
    v: u32,
    tokens: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { v: vnodes.max(1), tokens: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.names.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.v {
            self.tokens.insert(hash64(&format!("{}#{}", node, i)), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for i in 0..self.v {
            let t = hash64(&format!("{}#{}", node, i));
            if self.tokens.get(&t).map(|o| o == node).unwrap_or(false) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        // tokens are in ring order: the first one at or after h owns the key
        let hit = self.tokens.iter().find(|(t, _)| **t >= h);
        match hit {
            Some((_, n)) => Some(n.as_str()),
            None => self.tokens.values().next().map(|n| n.as_str()),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::new();
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if out.len() == count {
                break;
            }
            if !out.contains(&n.as_str()) {
                out.push(n.as_str());
            }
        }
        out
    }
}
