// learner: slow
// why: Ring::add_node and Ring::remove_node are O(n) time, target O(v len + v log n): tokens kept in a sorted Vec, so every join shifts it with insert and every leave walks it with retain
//! A consistent-hash ring with virtual nodes.

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
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

struct Token {
    pos: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<Token>,
    names: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), names: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let at = match self.names.binary_search_by(|n| n.as_str().cmp(node)) {
            Ok(_) => return false,
            Err(at) => at,
        };
        self.names.insert(at, node.to_string());
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            let idx = self.tokens.partition_point(|t| t.pos < pos);
            if idx < self.tokens.len() && self.tokens[idx].pos == pos {
                continue;
            }
            self.tokens.insert(idx, Token { pos, owner: node.to_string() });
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Ok(at) = self.names.binary_search_by(|n| n.as_str().cmp(node)) else {
            return false;
        };
        self.names.remove(at);
        self.tokens.retain(|t| t.owner != node);
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
        let idx = self.tokens.partition_point(|t| t.pos < h);
        let idx = if idx == self.tokens.len() { 0 } else { idx };
        Some(self.tokens[idx].owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.tokens.is_empty() {
            return out;
        }
        let want = count.min(self.names.len());
        let start = self.tokens.partition_point(|t| t.pos < hash64(key));
        let n = self.tokens.len();
        let mut i = 0;
        while out.len() < want && i < n {
            let t = &self.tokens[(start + i) % n];
            if !out.contains(&t.owner.as_str()) {
                out.push(t.owner.as_str());
            }
            i += 1;
        }
        out
    }
}
