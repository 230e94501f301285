// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): tokens live in a sorted Vec and each Vec::insert shifts the tail
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeSet;

pub fn hash64(s: &str) -> u64 {
    let mut h = s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<(u64, String)>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), names: BTreeSet::new() }
    }

    fn point(node: &str, i: u32) -> u64 {
        hash64(&format!("{node}#{i}"))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.names.insert(node.to_owned()) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = Self::point(node, i);
            let at = self.tokens.partition_point(|(x, _)| *x < t);
            self.tokens.insert(at, (t, node.to_owned()));
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = Self::point(node, i);
            let at = self.tokens.partition_point(|(x, _)| *x < t);
            if self.tokens.get(at).is_some_and(|(x, n)| *x == t && n == node) {
                self.tokens.remove(at);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        let at = self.tokens.partition_point(|(x, _)| *x < h);
        self.tokens.get(at).or(self.tokens.first()).map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.names.len());
        let h = hash64(key);
        let at = self.tokens.partition_point(|(x, _)| *x < h);
        let mut out: Vec<&str> = Vec::new();
        for (_, n) in self.tokens[at..].iter().chain(&self.tokens[..at]) {
            if out.len() == want {
                break;
            }
            if !out.contains(&n.as_str()) {
                out.push(n);
            }
        }
        out
    }
}
