// learner: slow
// why: Ring::add_node is O(v n) time, target O(v len + v log n): D-style sorted slice of Token structs, each vnode inserted at its binary-searched spot shifts the tail; removal filters the whole slice
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

#[derive(Clone)]
struct Token {
    pos: u64,
    node: String,
}

impl Token {
    fn at(pos: u64, node: &str) -> Self {
        Token { pos, node: node.to_owned() }
    }
}

pub struct Ring {
    vnodes: u32,
    sorted: Vec<Token>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), sorted: Vec::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_owned()) {
            return false;
        }
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            match self.sorted.binary_search_by_key(&pos, |t| t.pos) {
                Ok(at) => self.sorted[at] = Token::at(pos, node),
                Err(at) => self.sorted.insert(at, Token::at(pos, node)),
            }
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        self.sorted.retain(|t| t.node != node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    fn first_at_or_after(&self, h: u64) -> usize {
        let i = self.sorted.partition_point(|t| t.pos < h);
        if i == self.sorted.len() { 0 } else { i }
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.sorted.is_empty() {
            return None;
        }
        let i = self.first_at_or_after(hash64(key));
        Some(&self.sorted[i].node)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if self.sorted.is_empty() {
            return out;
        }
        let want = count.min(self.members.len());
        let start = self.first_at_or_after(hash64(key));
        let n = self.sorted.len();
        let mut step = 0;
        while out.len() < want && step < n {
            let name = self.sorted[(start + step) % n].node.as_str();
            if !out.contains(&name) {
                out.push(name);
            }
            step += 1;
        }
        out
    }
}
