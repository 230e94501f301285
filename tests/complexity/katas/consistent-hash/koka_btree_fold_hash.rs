// learner: optimal
// idiom: Koka: hash64 as a fold + pure finaliser; the ring is a BTreeMap<u64, String> and every query is a `match` on `range(h..).next()` with the wrap-round as the fallback arm
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

/// MurmurHash3's fmix64 finaliser, as a pure function.
fn fmix64(h: u64) -> u64 {
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xff51afd7ed558ccd);
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

/// 64-bit FNV-1a as a fold over the bytes, then fmix64.
pub fn hash64(s: &str) -> u64 {
    fmix64(s.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME)))
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

/// The positions of a node's virtual nodes, lazily.
fn tokens(node: &str, vnodes: u32) -> impl Iterator<Item = u64> + '_ {
    (0..vnodes).map(move |i| hash64(&format!("{node}#{i}")))
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        match self.members.insert(node.to_string()) {
            false => false,
            true => {
                for t in tokens(node, self.vnodes) {
                    self.ring.insert(t, node.to_string());
                }
                true
            }
        }
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            false => false,
            true => {
                for t in tokens(node, self.vnodes) {
                    match self.ring.get(&t) {
                        Some(owner) if owner == node => {
                            self.ring.remove(&t);
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
        match self.ring.range(h..).next() {
            Some((_, owner)) => Some(owner.as_str()),
            None => self.ring.values().next().map(String::as_str),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let mut seen: Vec<&str> = Vec::new();
        for (_, owner) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if seen.len() == want {
                break;
            }
            if !seen.contains(&owner.as_str()) {
                seen.push(owner.as_str());
            }
        }
        seen
    }
}
