// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): it walks the map with iter().find instead of range(h..)
//! A consistent-hash ring with virtual nodes.

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
    vnodes: u32,
    map: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), map: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.names.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.map.insert(hash64(&format!("{node}#{i}")), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            if self.map.get(&t).map(|o| o == node).unwrap_or(false) {
                self.map.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.map
            .iter()
            .find(|(t, _)| **t >= h)
            .or_else(|| self.map.iter().next())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.names.len());
        let mut out: Vec<&str> = Vec::new();
        let mut it = self.map.range(h..).chain(self.map.range(..h)).peekable();
        while out.len() < want && it.peek().is_some() {
            let (_, n) = it.next().unwrap();
            if !out.contains(&n.as_str()) {
                out.push(n.as_str());
            }
        }
        out
    }
}
