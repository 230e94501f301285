//! Naive version: correct, but the ring is a sorted Vec scanned from the
//! start on every lookup: O(m) per key instead of O(log m).

use std::collections::BTreeSet;

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
    /// (token, node), sorted by token
    ring: Vec<(u64, String)>,
    nodes: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: Vec::new(), nodes: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.nodes.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.ring.push((token(node, i), node.to_string()));
        }
        self.ring.sort();
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.nodes.remove(node) {
            return false;
        }
        self.ring.retain(|(_, owner)| owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.nodes.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        for (t, node) in &self.ring {
            if h <= *t {
                return Some(node);
            }
        }
        self.ring.first().map(|(_, node)| node.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.nodes.len());
        let h = hash64(key);
        let start = self.ring.iter().position(|(t, _)| *t >= h).unwrap_or(0);
        let mut out: Vec<&str> = Vec::new();
        for k in 0..self.ring.len() {
            if out.len() == want {
                break;
            }
            let node = self.ring[(start + k) % self.ring.len()].1.as_str();
            if !out.contains(&node) {
                out.push(node);
            }
        }
        out
    }
}
