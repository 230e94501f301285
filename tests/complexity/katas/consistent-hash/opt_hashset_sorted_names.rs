// learner: optimal
// idiom: BTreeMap ring of tokens, node names in a HashSet sorted only when nodes() lists them
//! A consistent-hash ring with virtual nodes: keys map to the first virtual
//! node clockwise from their hash, so adding or removing a node only moves
//! the keys of the arcs that node gains or loses.

use std::collections::{BTreeMap, HashSet};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A deterministic 64-bit hash of a string: FNV-1a over its UTF-8 bytes,
/// followed by MurmurHash3's `fmix64` finaliser to spread the bits.
pub fn hash64(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// The position of virtual node `i` of `node` on the ring.
fn token(node: &str, i: u32) -> u64 {
    hash64(&format!("{node}#{i}"))
}

pub struct Ring {
    vnodes: u32,
    /// token -> owning node
    ring: BTreeMap<u64, String>,
    nodes: HashSet<String>,
}

impl Ring {
    /// An empty ring that places `vnodes` virtual nodes per node (0 counts as 1).
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), nodes: HashSet::new() }
    }

    /// Adds `node` with its virtual nodes. False if it is already there.
    /// O(v (len + log m)) for v virtual nodes per node, m tokens on the ring.
    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.nodes.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            // On the (astronomically rare) token collision the earlier owner keeps it.
            self.ring.entry(token(node, i)).or_insert_with(|| node.to_string());
        }
        true
    }

    /// Removes `node` and its virtual nodes. False if it was not there.
    /// O(v (len + log m)).
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.nodes.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = token(node, i);
            if self.ring.get(&t).is_some_and(|owner| owner == node) {
                self.ring.remove(&t);
            }
        }
        true
    }

    /// The nodes on the ring, in lexicographic order.
    pub fn nodes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.nodes.iter().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// The node owning `key`: the owner of the first token >= hash64(key),
    /// wrapping round to the smallest token. None on an empty ring.
    /// O(len + log m).
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.iter().next())
            .map(|(_, node)| node.as_str())
    }

    /// The first `count` distinct nodes met walking clockwise from the key's
    /// position (its replica set); fewer if the ring has fewer nodes.
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.nodes.len());
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::with_capacity(want);
        for (_, node) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if out.len() == want {
                break;
            }
            if !out.contains(&node.as_str()) {
                out.push(node);
            }
        }
        out
    }
}
