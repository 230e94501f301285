// learner: slow
// why: Ring::remove_node is O(n) time, target O(v len + v log n): Kotlin-style `ring.entries.removeIf { it.value == node }` (retain) walks every token of the ring on each leave
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    var_fnv(s.as_bytes()).fmix()
}

fn var_fnv(bytes: &[u8]) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
    for b in bytes {
        h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
    }
    h
}

trait Fmix {
    fn fmix(self) -> u64;
}

impl Fmix for u64 {
    fn fmix(self) -> u64 {
        let mut h = self;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51afd7ed558ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
        h ^ (h >> 33)
    }
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        for i in 0..self.vnodes {
            self.ring.insert(hash64(&format!("{node}#{i}")), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        self.ring.retain(|_, owner| owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.iter().next())
            .map(|(_, owner)| owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut result: Vec<&str> = Vec::new();
        let clockwise = self.ring.range(h..).chain(self.ring.range(..h));
        for (_, owner) in clockwise {
            if result.len() == count {
                break;
            }
            if !result.contains(&owner.as_str()) {
                result.push(owner.as_str());
            }
        }
        result
    }
}
