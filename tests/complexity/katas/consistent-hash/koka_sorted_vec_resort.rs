// learner: slow
// idiom: Koka: the ring as a sorted list of (position, node) pairs -- append the new tokens and sort again, binary search for lookups
// why: add_node re-sorts the whole ring (O(n log n)) and remove_node rebuilds it with retain (O(n)), where O(v log n) is asked
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeSet;

pub fn hash64(s: &str) -> u64 {
    let fnv = s.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    let h = fnv ^ (fnv >> 33);
    let h = h.wrapping_mul(0xff51afd7ed558ccd);
    let h = h ^ (h >> 33);
    let h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
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
        for i in 0..self.vnodes {
            self.tokens.push((hash64(&format!("{node}#{i}")), node.to_string()));
        }
        self.tokens.sort();
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            false => false,
            true => {
                self.tokens.retain(|(_, owner)| owner != node);
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    fn first_at_or_after(&self, h: u64) -> usize {
        match self.tokens.partition_point(|(t, _)| *t < h) {
            i if i == self.tokens.len() => 0,
            i => i,
        }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        match self.tokens.is_empty() {
            true => None,
            false => Some(self.tokens[self.first_at_or_after(hash64(key))].1.as_str()),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        if self.tokens.is_empty() {
            return Vec::new();
        }
        let want = count.min(self.members.len());
        let start = self.first_at_or_after(hash64(key));
        let mut out: Vec<&str> = Vec::new();
        let n = self.tokens.len();
        let mut k = 0;
        while out.len() < want && k < n {
            let name = self.tokens[(start + k) % n].1.as_str();
            if !out.contains(&name) {
                out.push(name);
            }
            k += 1;
        }
        out
    }
}
