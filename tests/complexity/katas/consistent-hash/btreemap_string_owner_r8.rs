// learner: optimal
// idiom: BTreeMap<u64, String> ring, `range(h..).next()` with wrap to `first_key_value()`; removal checks the owner before removing each of its v tokens
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
    ring: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            let token = hash64(&format!("{node}#{i}"));
            self.ring.entry(token).or_insert_with(|| node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let token = hash64(&format!("{node}#{i}"));
            if self.ring.get(&token).map(String::as_str) == Some(node) {
                self.ring.remove(&token);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.first_key_value())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let h = hash64(key);
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (_, n) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if out.len() == want {
                break;
            }
            if seen.insert(n.as_str()) {
                out.push(n.as_str());
            }
        }
        out
    }
}
