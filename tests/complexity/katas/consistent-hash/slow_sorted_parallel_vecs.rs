// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): each vnode is inserted into a sorted Vec with Vec::insert, shifting up to n positions
use std::collections::BTreeSet;

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
    // sorted positions, and the owner of each position at the same index
    points: Vec<u64>,
    owners: Vec<String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), points: Vec::new(), owners: Vec::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            let p = hash64(&format!("{node}#{i}"));
            match self.points.binary_search(&p) {
                Ok(_) => {}
                Err(at) => {
                    self.points.insert(at, p);
                    self.owners.insert(at, node.to_string());
                }
            }
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let p = hash64(&format!("{node}#{i}"));
            if let Ok(at) = self.points.binary_search(&p) {
                if self.owners[at] == node {
                    self.points.remove(at);
                    self.owners.remove(at);
                }
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    fn start(&self, key: &str) -> usize {
        let h = hash64(key);
        let i = self.points.partition_point(|&t| t < h);
        if i == self.points.len() { 0 } else { i }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.points.is_empty() {
            return None;
        }
        Some(self.owners[self.start(key)].as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.points.is_empty() {
            return out;
        }
        let start = self.start(key);
        let total = self.points.len();
        let want = count.min(self.members.len());
        let mut k = 0;
        while out.len() < want && k < total {
            let n = self.owners[(start + k) % total].as_str();
            if !out.contains(&n) {
                out.push(n);
            }
            k += 1;
        }
        out
    }
}
