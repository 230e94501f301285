// learner: optimal
// idiom: Gleam developer: hash as a fold over bytes piped into a pure fmix64; the ring is a BTreeMap token -> owner, lookups are range(h..) chained with the wrap-around
use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fmix64(h: u64) -> u64 {
    let h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    let h = (h ^ (h >> 33)).wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    fmix64(fnv)
}

fn token(node: &str, i: u32) -> u64 {
    hash64(&format!("{node}#{i}"))
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.tokens.insert(token(node, i), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            self.tokens.remove(&token(node, i));
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    /// Tokens clockwise from the key's position, wrapping round once.
    fn clockwise(&self, key: &str) -> impl Iterator<Item = &str> {
        let h = hash64(key);
        self.tokens
            .range(h..)
            .chain(self.tokens.range(..h))
            .map(|(_, owner)| owner.as_str())
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.clockwise(key).next()
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let wanted = count.min(self.members.len());
        self.clockwise(key).fold(Vec::with_capacity(wanted), |mut acc, owner| {
            if acc.len() < wanted && !acc.contains(&owner) {
                acc.push(owner);
            }
            acc
        })
    }
}
