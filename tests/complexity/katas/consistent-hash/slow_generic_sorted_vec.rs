// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): each token goes into a sorted Vec with Vec::insert, and remove_node retains over all tokens
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeSet;

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

trait Positioned {
    fn position(&self) -> u64;
}

trait SortedStore<T: Positioned> {
    fn insert_sorted(&mut self, item: T);
    fn successor(&self, at: u64) -> Option<&T>;
}

#[derive(Debug, Clone)]
struct Token {
    pos: u64,
    owner: String,
}

impl Positioned for Token {
    fn position(&self) -> u64 {
        self.pos
    }
}

impl<T: Positioned> SortedStore<T> for Vec<T> {
    fn insert_sorted(&mut self, item: T) {
        let at = self.partition_point(|x| x.position() < item.position());
        self.insert(at, item);
    }

    fn successor(&self, at: u64) -> Option<&T> {
        let i = self.partition_point(|x| x.position() < at);
        self.get(i).or_else(|| self.first())
    }
}

pub struct Ring {
    vnodes: u32,
    tokens: Vec<Token>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: Vec::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            self.tokens.insert_sorted(Token { pos, owner: node.to_string() });
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        self.tokens.retain(|t| t.owner != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.tokens.successor(hash64(key)).map(|t| t.owner.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let mut out: Vec<&str> = Vec::new();
        if self.tokens.is_empty() {
            return out;
        }
        let h = hash64(key);
        let start = self.tokens.partition_point(|t| t.pos < h);
        let n = self.tokens.len();
        for step in 0..n {
            if out.len() == want {
                break;
            }
            let owner = self.tokens[(start + step) % n].owner.as_str();
            if !out.contains(&owner) {
                out.push(owner);
            }
        }
        out
    }
}
