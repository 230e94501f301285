// learner: slow
// why: Ring::add_node and Ring::remove_node are O(n) time, target O(v len + v log n): membership is answered by scanning every token's owner with values().any
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.
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
    ring: BTreeMap<u64, String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { v: vnodes.max(1), ring: BTreeMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.has(node) {
            return false;
        }
        for i in 0..self.v {
            self.ring.entry(hash64(&format!("{node}#{i}"))).or_insert_with(|| node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.has(node) {
            return false;
        }
        for i in 0..self.v {
            let p = hash64(&format!("{node}#{i}"));
            if self.ring.get(&p).map(|s| s.as_str()) == Some(node) {
                self.ring.remove(&p);
            }
        }
        true
    }

    fn has(&self, node: &str) -> bool {
        self.ring.values().any(|n| n == node)
    }

    pub fn nodes(&self) -> Vec<&str> {
        let set: BTreeSet<&str> = self.ring.values().map(|s| s.as_str()).collect();
        set.into_iter().collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.iter().next())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::new();
        for (_, n) in self.ring.range(h..).chain(self.ring.range(..h)) {
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
