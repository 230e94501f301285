// learner: slow
// why: Ring::remove_node is O(n) time, target O(v len + v log n): PHP array_filter habit, `retain` walks every token on the ring
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::BTreeMap;
use std::collections::BTreeSet;

/// A deterministic 64-bit hash of a string: 64-bit FNV-1a over its UTF-8
/// bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3; per byte:
/// xor, then wrapping multiply), followed by MurmurHash3's `fmix64`
/// finaliser: `h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33;
/// h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33` (wrapping multiplications).
pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for byte in s.as_bytes() {
        h ^= *byte as u64;
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
    positions: BTreeMap<u64, String>,
    node_names: BTreeSet<String>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts
    /// as 1). Virtual node `i` of node `n` sits at `hash64(&format!("{n}#{i}"))`.
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, positions: BTreeMap::new(), node_names: BTreeSet::new() }
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.node_names.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.positions.insert(hash64(&format!("{node}#{i}")), node.to_string());
        }
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.node_names.remove(node) {
            return false;
        }
        // drop every position that belongs to this node
        self.positions.retain(|_, owner| owner != node);
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        self.node_names.iter().map(|s| s.as_str()).collect()
    }

    /// The node owning `key`: the owner of the first virtual node at or
    /// after `hash64(key)`, wrapping round to the smallest position.
    /// None on an empty ring.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.positions.range(h..).next() {
            Some((_, owner)) => Some(owner),
            None => self.positions.values().next().map(|s| s.as_str()),
        }
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set, owner first); fewer if the ring has fewer
    /// nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let limit = count.min(self.node_names.len());
        let mut picked: Vec<&str> = Vec::new();
        for (_, owner) in self.positions.range(h..).chain(self.positions.range(..h)) {
            if picked.len() >= limit {
                break;
            }
            if !picked.contains(&owner.as_str()) {
                picked.push(owner);
            }
        }
        picked
    }
}
