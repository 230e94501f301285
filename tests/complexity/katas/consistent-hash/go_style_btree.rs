// learner: optimal
// idiom: Go-style: BTreeMap<u64, String> + BTreeSet<String>, index loops in hash64, explicit for-loops and early returns
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = FNV_OFFSET;
    for i in 0..b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
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
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { vnodes: v, tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        for i in 0..self.vnodes {
            let token = hash64(&format!("{}#{}", node, i));
            self.tokens.insert(token, node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let token = hash64(&format!("{}#{}", node, i));
            let mine = match self.tokens.get(&token) {
                Some(owner) => owner == node,
                None => false,
            };
            if mine {
                self.tokens.remove(&token);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for n in self.members.iter() {
            out.push(n.as_str());
        }
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        if let Some((_, n)) = self.tokens.range(h..).next() {
            return Some(n.as_str());
        }
        if let Some((_, n)) = self.tokens.iter().next() {
            return Some(n.as_str());
        }
        None
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut want = count;
        if self.members.len() < want {
            want = self.members.len();
        }
        let mut out: Vec<&str> = Vec::new();
        if want == 0 {
            return out;
        }
        let h = hash64(key);
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if seen.insert(n.as_str()) {
                out.push(n.as_str());
                if out.len() == want {
                    break;
                }
            }
        }
        out
    }
}
