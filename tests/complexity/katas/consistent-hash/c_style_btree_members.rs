// learner: optimal
// idiom: C-style index loop hashing, BTreeMap<u64, String> tokens + BTreeSet<String> members, match on range(h..).next() with explicit wrap, replicas with a while loop over a chained iterator
//! Consistent hashing ring.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
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
        let vnodes = if vnodes == 0 { 1 } else { vnodes };
        Ring { vnodes, tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            self.tokens.insert(pos, node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            let mine = match self.tokens.get(&pos) {
                Some(owner) => owner == node,
                None => false,
            };
            if mine {
                self.tokens.remove(&pos);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.tokens.range(h..).next() {
            Some((_, owner)) => Some(owner.as_str()),
            None => match self.tokens.iter().next() {
                Some((_, owner)) => Some(owner.as_str()),
                None => None,
            },
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let mut out: Vec<&str> = Vec::new();
        let mut walk = self.tokens.range(h..).chain(self.tokens.range(..h));
        while out.len() < want {
            let (_, owner) = match walk.next() {
                Some(x) => x,
                None => break,
            };
            if !out.contains(&owner.as_str()) {
                out.push(owner.as_str());
            }
        }
        out
    }
}
