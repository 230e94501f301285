// learner: optimal
// idiom: web-dev style: BTreeMap token->node plus BTreeSet of names, small private helpers, Option chaining with or_else
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet, HashSet};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
    fmix64(fnv)
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    fn token(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    fn successor(&self, h: u64) -> Option<(&u64, &String)> {
        self.tokens.range(h..).next().or_else(|| self.tokens.iter().next())
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_owned()) {
            return false;
        }
        for i in 0..self.vnodes {
            self.tokens.insert(Self::token(node, i), node.to_owned());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = Self::token(node, i);
            if self.tokens.get(&t).is_some_and(|owner| owner == node) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.successor(hash64(key)).map(|(_, node)| node.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let want = count.min(self.members.len());
        let mut seen = HashSet::new();
        let mut out = Vec::with_capacity(want);
        for (_, node) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if out.len() == want {
                break;
            }
            if seen.insert(node.as_str()) {
                out.push(node.as_str());
            }
        }
        out
    }
}
