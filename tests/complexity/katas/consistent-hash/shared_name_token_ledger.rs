// learner: optimal
// idiom: Solidity smart-contract developer: each node keeps the list of tokens it owns (like an ownerOf + tokensOfOwner ERC-721 pair), names shared as Rc<str>, remove iterates the owner's stored token list instead of re-hashing
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

/// @notice FNV-1a 64 followed by fmix64
pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100000001b3);
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
    /// ownerOf(token)
    owner_of: BTreeMap<u64, Rc<str>>,
    /// tokensOfOwner(node)
    tokens_of: BTreeMap<Rc<str>, Vec<u64>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), owner_of: BTreeMap::new(), tokens_of: BTreeMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.tokens_of.contains_key(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let mut minted: Vec<u64> = Vec::with_capacity(self.vnodes as usize);
        for i in 0..self.vnodes {
            let token = hash64(&format!("{node}#{i}"));
            self.owner_of.insert(token, Rc::clone(&name));
            minted.push(token);
        }
        self.tokens_of.insert(name, minted);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let burned = match self.tokens_of.remove(node) {
            Some(tokens) => tokens,
            None => return false,
        };
        for token in burned.iter() {
            self.owner_of.remove(token);
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.tokens_of.keys().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let position = hash64(key);
        let (_, owner) = self
            .owner_of
            .range(position..)
            .next()
            .or_else(|| self.owner_of.first_key_value())?;
        Some(owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let position = hash64(key);
        let mut seen: HashSet<&str> = HashSet::new();
        let mut result: Vec<&str> = Vec::new();
        let walk = self.owner_of.range(position..).chain(self.owner_of.range(..position));
        for (_, owner) in walk {
            if result.len() == count {
                break;
            }
            if seen.insert(owner) {
                result.push(owner);
            }
        }
        result
    }
}
