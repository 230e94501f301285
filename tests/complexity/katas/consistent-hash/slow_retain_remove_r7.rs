// learner: slow
// why: Ring::remove_node is O(n) time, target O(v len + v log n): it retains over every token on the ring instead of recomputing the node's v tokens
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let fnv = s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    let round = |h: u64, m: u64| (h ^ (h >> 33)).wrapping_mul(m);
    let h = round(round(fnv, 0xff51afd7ed558ccd), 0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    map: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), map: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        self.names.insert(node.to_string());
        let vnodes = self.vnodes;
        self.map.extend((0..vnodes).map(|i| (hash64(&format!("{node}#{i}")), node.to_string())));
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        self.map.retain(|_, owner| owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.map
            .range(h..)
            .next()
            .or_else(|| self.map.iter().next())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.names.len());
        self.map
            .range(h..)
            .chain(self.map.range(..h))
            .map(|(_, n)| n.as_str())
            .fold(Vec::new(), |mut acc, n| {
                if acc.len() < want && !acc.contains(&n) {
                    acc.push(n);
                }
                acc
            })
    }
}
