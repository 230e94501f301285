// learner: optimal
// idiom: Java/C#-style: Ring class with many small private helpers/getters, Option-heavy lookups
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    fmix64(h)
}

fn fmix64(mut h: u64) -> u64 {
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

    fn get_vnode_count(&self) -> u32 {
        self.vnodes
    }

    fn token_of(node: &str, index: u32) -> u64 {
        hash64(&format!("{node}#{index}"))
    }

    fn contains_node(&self, node: &str) -> bool {
        self.members.contains(node)
    }

    fn get_owner(&self, token: u64) -> Option<&str> {
        self.tokens.get(&token).map(|s| s.as_str())
    }

    fn first_token_at_or_after(&self, position: u64) -> Option<u64> {
        self.tokens.range(position..).next().map(|(t, _)| *t)
    }

    fn first_token(&self) -> Option<u64> {
        self.tokens.keys().next().copied()
    }

    fn successor(&self, position: u64) -> Option<u64> {
        self.first_token_at_or_after(position).or_else(|| self.first_token())
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.contains_node(node) {
            return false;
        }
        for i in 0..self.get_vnode_count() {
            self.tokens.insert(Self::token_of(node, i), node.to_string());
        }
        self.members.insert(node.to_string());
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.contains_node(node) {
            return false;
        }
        for i in 0..self.get_vnode_count() {
            let token = Self::token_of(node, i);
            if self.get_owner(token) == Some(node) {
                self.tokens.remove(&token);
            }
        }
        self.members.remove(node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let token = self.successor(hash64(key))?;
        self.get_owner(token)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let wanted = count.min(self.members.len());
        let mut result: Vec<&str> = Vec::new();
        if wanted == 0 {
            return result;
        }
        let h = hash64(key);
        for (_, owner) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if !result.contains(&owner.as_str()) {
                result.push(owner.as_str());
                if result.len() == wanted {
                    break;
                }
            }
        }
        result
    }
}
