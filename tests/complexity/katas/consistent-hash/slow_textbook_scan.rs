// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): the textbook loop over tokens in ring order (Vec re-sorted on every add_node)
pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
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
        let h = hash64(key);
        for (token, node) in &self.tokens {
            if h <= *token {
                return Some(node);
            }
        }
        self.tokens.first().map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let start = self.tokens.iter().position(|(t, _)| *t >= h).unwrap_or(0);
        let mut out: Vec<&str> = Vec::new();
        for k in 0..self.tokens.len() {
            if out.len() >= count {
                break;
            }
            let n = self.tokens[(start + k) % self.tokens.len()].1.as_str();
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }
}
