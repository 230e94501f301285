// learner: optimal
// idiom: Erlang veteran: ring state record (BTreeMap token->node + BTreeSet members), match on lookup results as if they were replies, fold for the hash
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn hash64(s: &str) -> u64 {
    let h = s.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    fmix64(h)
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
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

    fn vnode_pos(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        match self.members.insert(node.to_string()) {
            false => false,
            true => {
                for i in 0..self.vnodes {
                    self.tokens.insert(Self::vnode_pos(node, i), node.to_string());
                }
                true
            }
        }
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            false => false,
            true => {
                for i in 0..self.vnodes {
                    let pos = Self::vnode_pos(node, i);
                    match self.tokens.get(&pos) {
                        Some(owner) if owner == node => {
                            self.tokens.remove(&pos);
                        }
                        _ => {}
                    }
                }
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.tokens.range(h..).next() {
            Some((_, owner)) => Some(owner),
            None => self.tokens.values().next().map(String::as_str),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let h = hash64(key);
        let mut got: Vec<&str> = Vec::with_capacity(want);
        for (_, owner) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if got.len() == want {
                break;
            }
            if !got.contains(&owner.as_str()) {
                got.push(owner);
            }
        }
        got
    }
}
