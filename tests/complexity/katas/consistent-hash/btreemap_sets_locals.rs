// learner: optimal
// idiom: Terraform-ish: BTreeMap<u64, String> ring + BTreeSet of members, tokens computed as a "locals" iterator for_each
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet, HashSet};

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

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        (0..self.vnodes).for_each(|i| {
            self.tokens.insert(Self::token_of(node, i), node.to_string());
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = Self::token_of(node, i);
            if self.tokens.get(&t).map(String::as_str) == Some(node) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.tokens
            .range(h..)
            .next()
            .or_else(|| self.tokens.iter().next())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out = Vec::with_capacity(want);
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if out.len() >= want {
                break;
            }
            if seen.insert(n.as_str()) {
                out.push(n.as_str());
            }
        }
        out
    }
}
