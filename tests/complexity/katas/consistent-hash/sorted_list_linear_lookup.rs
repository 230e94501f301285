// learner: slow
// idiom: PowerShell sysadmin: the ring is one array of [pscustomobject]@{Hash; Node} re-sorted with Sort-Object after every change, lookups are a foreach that returns the first Hash -ge the key's
// why: Ring::node_for walks the sorted Vec linearly (O(n) per lookup vs O(log n)); add_node re-sorts the whole Vec (O(n log n) vs O(v log n)); remove_node uses retain over all n tokens (O(n))
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

/// FNV-1a 64 then MurmurHash3 fmix64.
pub fn hash64(s: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in s.as_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    hash ^= hash >> 33;
    hash
}

struct Token {
    hash: u64,
    node: String,
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<Token>,
    members: Vec<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), members: Vec::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.iter().any(|m| m == node) {
            return false;
        }
        self.members.push(node.to_string());
        self.members.sort();
        for i in 0..self.vnodes {
            self.tokens.push(Token { hash: hash64(&format!("{node}#{i}")), node: node.to_string() });
        }
        self.tokens.sort_by(|a, b| a.hash.cmp(&b.hash).then_with(|| a.node.cmp(&b.node)));
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let before = self.members.len();
        self.members.retain(|m| m != node);
        if self.members.len() == before {
            return false;
        }
        self.tokens.retain(|t| t.node != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|m| m.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let key_hash = hash64(key);
        for token in &self.tokens {
            if key_hash <= token.hash {
                return Some(&token.node);
            }
        }
        self.tokens.first().map(|t| t.node.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let key_hash = hash64(key);
        let mut start = 0;
        while start < self.tokens.len() && self.tokens[start].hash < key_hash {
            start += 1;
        }
        let mut picked: Vec<&str> = Vec::new();
        for step in 0..self.tokens.len() {
            if picked.len() == count {
                break;
            }
            let token = &self.tokens[(start + step) % self.tokens.len()];
            if !picked.contains(&token.node.as_str()) {
                picked.push(&token.node);
            }
        }
        picked
    }
}
