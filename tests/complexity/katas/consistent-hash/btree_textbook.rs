// learner: optimal
// idiom: textbook BTreeMap<u64,String> ring + BTreeSet of members, private helpers for token positions and successor search
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    fmix64(h)
}

/// Invariants: every token in `tokens` belongs to a node in `members`, and every
/// member owns exactly the tokens `token_of(member, i)` for i < vnodes that it won.
pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    fn token_of(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    /// First token at or after `h`, wrapping to the smallest.
    fn successor(&self, h: u64) -> Option<&String> {
        self.tokens
            .range(h..)
            .next()
            .or_else(|| self.tokens.iter().next())
            .map(|(_, owner)| owner)
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        for i in 0..self.vnodes {
            self.tokens.insert(Self::token_of(node, i), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = Self::token_of(node, i);
            if self.tokens.get(&t).map(|o| o == node).unwrap_or(false) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.successor(hash64(key)).map(|s| s.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::new();
        for (_, owner) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if out.len() >= want {
                break;
            }
            if !out.contains(&owner.as_str()) {
                out.push(owner.as_str());
            }
        }
        out
    }
}
