// learner: slow
// idiom: Koka: removal as a filter -- "the ring without node's tokens" is `retain(owner != node)` over the whole BTreeMap instead of recomputing the node's own v tokens
// why: remove_node visits every position on the ring: O(n) per removal (n = nodes x vnodes), where O(v len + v log n) is asked
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let mut h = 0xcbf29ce484222325u64;
    for byte in s.bytes() {
        h = (h ^ byte as u64).wrapping_mul(0x100000001b3);
    }
    let mix = |h: u64, m: u64| (h ^ (h >> 33)).wrapping_mul(m);
    let h = mix(mix(h, 0xff51afd7ed558ccd), 0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
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
        if !self.members.insert(node.to_owned()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.ring.insert(hash64(&format!("{node}#{i}")), node.to_owned());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            false => false,
            true => {
                self.ring.retain(|_, owner| owner != node);
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|m| m.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.ring.range(h..).next() {
            Some((_, owner)) => Some(owner),
            None => self.ring.values().next().map(|o| o.as_str()),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let mut got: Vec<&str> = Vec::new();
        for (_, owner) in self.ring.range(h..).chain(self.ring.range(..h)) {
            match (got.len() == want, got.iter().any(|g| *g == owner.as_str())) {
                (true, _) => break,
                (false, true) => (),
                (false, false) => got.push(owner),
            }
        }
        got
    }
}
