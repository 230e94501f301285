// learner: slow
// why: Ring::remove_node is O(n) time, target O(v len + v log n): drops the node's tokens with a retain over the whole ring instead of recomputing its v tokens
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
    for &b in s.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    h = (h ^ (h >> 33)).wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    circle: BTreeMap<u64, String>,
    nodes: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), circle: BTreeMap::new(), nodes: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.nodes.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.circle.insert(hash64(&format!("{node}#{i}")), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.nodes.remove(node) {
            return false;
        }
        self.circle.retain(|_, owner| owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.nodes.iter().map(|n| n.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.circle
            .range(h..)
            .next()
            .or_else(|| self.circle.iter().next())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.nodes.len());
        let mut out: Vec<&str> = Vec::new();
        for (_, n) in self.circle.range(h..).chain(self.circle.range(..h)) {
            if out.len() == want {
                break;
            }
            if !out.contains(&n.as_str()) {
                out.push(n.as_str());
            }
        }
        out
    }
}
