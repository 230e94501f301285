// learner: slow
// idiom: Nim systems programmer: a seq of (token, name) tuples re-sorted after every join, lookups walk it from the start until `h <= token`
// why: Ring::node_for is O(n) per lookup (linear walk over all n tokens) and add_node is O(n log n) (push v tokens then re-sort the whole Vec), remove_node O(n) (retain), vs the O(len + log n) / O(v len + v log n) targets
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
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, tokens: Vec::new(), names: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        for n in self.names.iter() {
            if n == node {
                return false;
            }
        }
        self.names.push(node.to_string());
        for i in 0..self.vnodes {
            self.tokens.push((hash64(&format!("{}#{}", node, i)), node.to_string()));
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
        let mut result: Vec<&str> = self.names.iter().map(|s| s.as_str()).collect();
        result.sort();
        result
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.tokens.len() == 0 {
            return None;
        }
        let h = hash64(key);
        for i in 0..self.tokens.len() {
            if h <= self.tokens[i].0 {
                return Some(self.tokens[i].1.as_str());
            }
        }
        Some(self.tokens[0].1.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        let n = self.tokens.len();
        if n == 0 {
            return result;
        }
        let h = hash64(key);
        let mut start = 0;
        while start < n && self.tokens[start].0 < h {
            start += 1;
        }
        let mut step = 0;
        while step < n && result.len() < count {
            let name = self.tokens[(start + step) % n].1.as_str();
            if !result.contains(&name) {
                result.push(name);
            }
            step += 1;
        }
        result
    }
}
