// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): scans every token of a sorted Vec in ring order until one is >= the key hash (and add_node re-sorts)
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
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        self.tokens.extend((0..self.vnodes).map(|i| (hash64(&format!("{node}#{i}")), node.to_string())));
        self.tokens.sort();
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        self.tokens.retain(|(_, owner)| owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.tokens
            .iter()
            .find(|(t, _)| *t >= h)
            .or_else(|| self.tokens.first())
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let start = self.tokens.iter().position(|(t, _)| *t >= h).unwrap_or(0);
        let want = count.min(self.members.len());
        let mut picked: Vec<&str> = Vec::new();
        for (_, n) in self.tokens[start..].iter().chain(&self.tokens[..start]) {
            if picked.len() == want {
                break;
            }
            if !picked.contains(&n.as_str()) {
                picked.push(n);
            }
        }
        picked
    }
}
