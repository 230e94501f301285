// learner: slow
// why: Ring::node_for is O(n) time, target O(len + log n): walks the sorted token list from the start until token >= h (and add_node shifts the Vec: O(v n))
//! A consistent-hash ring with virtual nodes.

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

/// One virtual node on the circle.
struct Token {
    pos: u64,
    owner: String,
}

/// Invariant: `ring` is sorted by `pos` ascending.
pub struct Ring {
    vnodes: u32,
    ring: Vec<Token>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: Vec::new(), members: BTreeSet::new() }
    }

    /// Keeps the invariant: insert at the first position whose token is larger.
    fn insert_sorted(&mut self, tok: Token) {
        let at = self.ring.partition_point(|t| t.pos <= tok.pos);
        if at > 0 && self.ring[at - 1].pos == tok.pos {
            self.ring[at - 1] = tok; // a later node takes over a colliding position
        } else {
            self.ring.insert(at, tok);
        }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            self.insert_sorted(Token { pos, owner: node.to_string() });
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        self.ring.retain(|t| t.owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    /// Index of the first token at or after h, going round the circle.
    fn first_at_or_after(&self, h: u64) -> Option<usize> {
        if self.ring.is_empty() {
            return None;
        }
        for (i, t) in self.ring.iter().enumerate() {
            if h <= t.pos {
                return Some(i);
            }
        }
        Some(0)
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let i = self.first_at_or_after(hash64(key))?;
        Some(self.ring[i].owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let start = match self.first_at_or_after(hash64(key)) {
            Some(i) => i,
            None => return out,
        };
        let want = count.min(self.members.len());
        let n = self.ring.len();
        let mut k = 0;
        while out.len() < want && k < n {
            let owner = self.ring[(start + k) % n].owner.as_str();
            if !out.contains(&owner) {
                out.push(owner);
            }
            k += 1;
        }
        out
    }
}
