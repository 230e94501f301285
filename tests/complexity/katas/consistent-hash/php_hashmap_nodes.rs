// learner: optimal
// idiom: PHP-style: HashMap<String, bool> "associative array" of members, BTreeMap ring, format! keys, early returns
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::BTreeMap;
use std::collections::HashMap;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

/// A deterministic 64-bit hash of a string: 64-bit FNV-1a over its UTF-8
/// bytes (offset basis 0xcbf29ce484222325, prime 0x100000001b3; per byte:
/// xor, then wrapping multiply), followed by MurmurHash3's `fmix64`
/// finaliser: `h ^= h >> 33; h *= 0xff51afd7ed558ccd; h ^= h >> 33;
/// h *= 0xc4ceb9fe1a85ec53; h ^= h >> 33` (wrapping multiplications).
pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    for b in s.bytes() {
        h = h ^ (b as u64);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h = h ^ (h >> 33);
    h
}

fn vnode_label(node: &str, i: u32) -> String {
    format!("{}#{}", node, i)
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, String>,
    members: HashMap<String, bool>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts
    /// as 1). Virtual node `i` of node `n` sits at `hash64(&format!("{n}#{i}"))`.
    pub fn new(vnodes: u32) -> Self {
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { vnodes: v, ring: BTreeMap::new(), members: HashMap::new() }
    }

    /// Adds `node` with its virtual nodes. Returns false if it is already there.
    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains_key(node) {
            return false;
        }
        self.members.insert(node.to_string(), true);
        for i in 0..self.vnodes {
            let pos = hash64(&vnode_label(node, i));
            self.ring.insert(pos, node.to_string());
        }
        true
    }

    /// Removes `node` and its virtual nodes. Returns false if it was not there.
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.contains_key(node) {
            return false;
        }
        self.members.remove(node);
        for i in 0..self.vnodes {
            let pos = hash64(&vnode_label(node, i));
            let mine = match self.ring.get(&pos) {
                Some(owner) => owner == node,
                None => false,
            };
            if mine {
                self.ring.remove(&pos);
            }
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        let mut list: Vec<&str> = Vec::new();
        for name in self.members.keys() {
            list.push(name.as_str());
        }
        list.sort();
        list
    }

    /// The node owning `key`: the owner of the first virtual node at or
    /// after `hash64(key)`, wrapping round to the smallest position.
    /// None on an empty ring.
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        if let Some((_, owner)) = self.ring.range(h..).next() {
            return Some(owner.as_str());
        }
        if let Some((_, owner)) = self.ring.iter().next() {
            return Some(owner.as_str());
        }
        None
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set, owner first); fewer if the ring has fewer
    /// nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        let wanted = count.min(self.members.len());
        if wanted == 0 {
            return result;
        }
        let h = hash64(key);
        let mut seen: HashMap<&str, bool> = HashMap::new();
        for (_, owner) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if seen.contains_key(owner.as_str()) {
                continue;
            }
            seen.insert(owner.as_str(), true);
            result.push(owner.as_str());
            if result.len() == wanted {
                break;
            }
        }
        result
    }
}
