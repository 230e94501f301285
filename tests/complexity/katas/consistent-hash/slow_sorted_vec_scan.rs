// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): textbook "first token >= h" loop over a sorted Vec; add_node re-sorts the whole Vec (O(n log n))
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

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
    tokens: Vec<(u64, String)>,
    names: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), names: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.iter().any(|n| n == node) {
            return false;
        }
        self.names.push(node.to_string());
        self.names.sort();
        for i in 0..self.vnodes {
            self.tokens.push((hash64(&format!("{node}#{i}")), node.to_string()));
        }
        self.tokens.sort();
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let before = self.names.len();
        self.names.retain(|n| n != node);
        if self.names.len() == before {
            return false;
        }
        self.tokens.retain(|(_, n)| n != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.tokens.is_empty() {
            return None;
        }
        let h = hash64(key);
        for (t, n) in &self.tokens {
            if h <= *t {
                return Some(n);
            }
        }
        Some(&self.tokens[0].1)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.tokens.is_empty() {
            return out;
        }
        let h = hash64(key);
        let mut start = 0;
        while start < self.tokens.len() && self.tokens[start].0 < h {
            start += 1;
        }
        for k in 0..self.tokens.len() {
            let n = &self.tokens[(start + k) % self.tokens.len()].1;
            if out.len() >= count {
                break;
            }
            if !out.contains(&n.as_str()) {
                out.push(n);
            }
        }
        out
    }
}
