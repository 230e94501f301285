// learner: slow
// idiom: a Modula-2 teacher: the ring as one array of (position, name) records kept sorted by re-sorting after each join, lookups by walking the array from the start until a position >= the key's
// why: node_for is O(n) per lookup (linear scan over all n tokens instead of a successor search, target O(len + log n)); add_node re-sorts the whole array (O(n log n), target O(v len + v log n)); remove_node filters the whole array (O(n))
//! A consistent-hash ring with virtual nodes.

const FNV_OFFSET_BASIS: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = FNV_OFFSET_BASIS;
    for b in s.bytes() {
        h = h ^ (b as u64);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h = h ^ (h >> 33);
    h
}

struct Token {
    position: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<Token>,      /* sorted by (position, owner) */
    node_names: Vec<String>, /* sorted */
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { vnodes: v, tokens: Vec::new(), node_names: Vec::new() }
    }

    fn is_member(&self, node: &str) -> bool {
        let mut i = 0;
        while i < self.node_names.len() {
            if self.node_names[i] == node {
                return true;
            }
            i = i + 1;
        }
        false
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.is_member(node) {
            return false;
        }
        let mut i: u32 = 0;
        while i < self.vnodes {
            let position = hash64(&format!("{}#{}", node, i));
            self.tokens.push(Token { position: position, owner: node.to_string() });
            i = i + 1;
        }
        self.tokens.sort_by(|a, b| (a.position, &a.owner).cmp(&(b.position, &b.owner)));
        self.node_names.push(node.to_string());
        self.node_names.sort();
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.is_member(node) {
            return false;
        }
        self.tokens.retain(|t| t.owner != node);
        self.node_names.retain(|n| n != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut result = Vec::new();
        for n in &self.node_names {
            result.push(n.as_str());
        }
        result
    }

    /* Index of the first token at or after position h, wrapping round to 0. */
    fn first_index_from(&self, h: u64) -> usize {
        let mut i = 0;
        while i < self.tokens.len() {
            if self.tokens[i].position >= h {
                return i;
            }
            i = i + 1;
        }
        0
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.tokens.len() == 0 {
            return None;
        }
        let i = self.first_index_from(hash64(key));
        Some(self.tokens[i].owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut result: Vec<&str> = Vec::new();
        if self.tokens.len() == 0 {
            return result;
        }
        let start = self.first_index_from(hash64(key));
        let mut step = 0;
        while step < self.tokens.len() && result.len() < count {
            let owner = self.tokens[(start + step) % self.tokens.len()].owner.as_str();
            if !result.contains(&owner) {
                result.push(owner);
            }
            step = step + 1;
        }
        result
    }
}
