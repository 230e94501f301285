// learner: slow
// why: Ring::add_node is O(n log n) time, target O(v len + v log n): pushes tokens into a Vec and re-sorts the whole ring
use std::collections::BTreeSet;

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() { h ^= b as u64; h = h.wrapping_mul(0x100000001b3); }
    h ^= h >> 33; h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33; h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: Vec<(u64, String)>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self { Ring { vnodes: vnodes.max(1), ring: Vec::new(), members: BTreeSet::new() } }
    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) { return false; }
        for i in 0..self.vnodes { self.ring.push((hash64(&format!("{node}#{i}")), node.to_string())); }
        self.ring.sort();
        true
    }
    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) { return false; }
        self.ring.retain(|(_, n)| n != node);
        true
    }
    pub fn nodes(&self) -> Vec<&str> { self.members.iter().map(|s| s.as_str()).collect() }
    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        for (t, n) in &self.ring { if *t >= h { return Some(n); } }
        self.ring.first().map(|(_, n)| n.as_str())
    }
    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let h = hash64(key);
        let start = self.ring.iter().position(|(t, _)| *t >= h).unwrap_or(0);
        let mut out: Vec<&str> = Vec::new();
        for k in 0..self.ring.len() {
            if out.len() >= want { break; }
            let n = self.ring[(start + k) % self.ring.len()].1.as_str();
            if !out.contains(&n) { out.push(n); }
        }
        out
    }
}
