// learner: slow
// why: Ring::remove_node is O(n) time, target O(v len + v log n): retain walks every token of the ring to drop the leaving node's ones
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
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
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        self.names.insert(node.to_string());
        for i in 0..self.vnodes {
            self.tokens.insert(hash64(&format!("{}#{}", node, i)), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        // drop every virtual node that belongs to it
        self.tokens.retain(|_, owner| owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        if let Some((_, n)) = self.tokens.range(h..).next() {
            return Some(n);
        }
        if let Some((_, n)) = self.tokens.iter().next() {
            return Some(n);
        }
        None
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let want = count.min(self.names.len());
        let h = hash64(key);
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if out.len() == want {
                break;
            }
            if !out.contains(&n.as_str()) {
                out.push(n);
            }
        }
        out
    }
}
