// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): tokens live in a sorted Vec of structs; each join does Vec::insert at the binary-searched spot (shifts the tail), each leave retains over the whole ring
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeSet;

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
    h ^ (h >> 33)
}

struct Token {
    pos: u64,
    owner: String,
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<Token>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        self.names.insert(node.to_string());
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            let at = self.tokens.partition_point(|t| t.pos < pos);
            if at < self.tokens.len() && self.tokens[at].pos == pos {
                self.tokens[at].owner = node.to_string();
            } else {
                self.tokens.insert(at, Token { pos, owner: node.to_string() });
            }
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
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
        let at = self.tokens.partition_point(|t| t.pos < h);
        let idx = if at == self.tokens.len() { 0 } else { at };
        Some(&self.tokens[idx].owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.tokens.is_empty() {
            return out;
        }
        let want = count.min(self.names.len());
        let start = self.tokens.partition_point(|t| t.pos < hash64(key));
        let n = self.tokens.len();
        for k in 0..n {
            if out.len() == want {
                break;
            }
            let owner = self.tokens[(start + k) % n].owner.as_str();
            if !out.contains(&owner) {
                out.push(owner);
            }
        }
        out
    }
}
