// learner: optimal
// idiom: Solidity smart-contract developer: mapping(uint64 => string) tokenOwner as a BTreeMap plus a registered-set, require-style early returns, constants for the magic numbers, for-loop over vnode indices
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const FMIX_C1: u64 = 0xff51_afd7_ed55_8ccd;
const FMIX_C2: u64 = 0xc4ce_b9fe_1a85_ec53;

/// @notice FNV-1a 64 then murmur3 fmix64
pub fn hash64(s: &str) -> u64 {
    let mut h = FNV_OFFSET_BASIS;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(FMIX_C1);
    h ^= h >> 33;
    h = h.wrapping_mul(FMIX_C2);
    h ^= h >> 33;
    h
}

pub struct Ring {
    vnodes: u32,
    /// mapping(uint64 position => string node)
    token_owner: BTreeMap<u64, String>,
    /// mapping(string => bool) registered
    registered: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), token_owner: BTreeMap::new(), registered: BTreeSet::new() }
    }

    fn _token(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.registered.contains(node) {
            return false; // revert AlreadyRegistered()
        }
        for i in 0..self.vnodes {
            self.token_owner.insert(Self::_token(node, i), node.to_string());
        }
        self.registered.insert(node.to_string());
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.registered.remove(node) {
            return false; // revert NotRegistered()
        }
        for i in 0..self.vnodes {
            self.token_owner.remove(&Self::_token(node, i));
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.registered.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let owner = match self.token_owner.range(h..).next() {
            Some((_, n)) => n,
            None => self.token_owner.values().next()?,
        };
        Some(owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let want = count.min(self.registered.len());
        if want == 0 {
            return out;
        }
        let h = hash64(key);
        let clockwise = self.token_owner.range(h..).chain(self.token_owner.range(..h));
        for (_, node) in clockwise {
            if !out.contains(&node.as_str()) {
                out.push(node.as_str());
                if out.len() == want {
                    break;
                }
            }
        }
        out
    }
}
