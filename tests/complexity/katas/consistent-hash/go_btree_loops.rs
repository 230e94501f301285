// learner: optimal
// idiom: Go-style: BTreeMap<u64,String> ring + BTreeSet members, index for-loops for hashing and vnodes, early returns
use std::collections::{BTreeMap, BTreeSet};

const OFFSET: u64 = 0xcbf29ce484222325;
const PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = OFFSET;
    for i in 0..b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(PRIME);
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
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { vnodes: v, tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        for i in 0..self.vnodes {
            let t = hash64(&format!("{}#{}", node, i));
            self.tokens.insert(t, node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = hash64(&format!("{}#{}", node, i));
            let owned = match self.tokens.get(&t) {
                Some(owner) => owner == node,
                None => false,
            };
            if owned {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out = Vec::with_capacity(self.members.len());
        for m in &self.members {
            out.push(m.as_str());
        }
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        if let Some((_, n)) = self.tokens.range(h..).next() {
            return Some(n.as_str());
        }
        match self.tokens.iter().next() {
            Some((_, n)) => Some(n.as_str()),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut want = count;
        if self.members.len() < want {
            want = self.members.len();
        }
        let mut out: Vec<&str> = Vec::new();
        if want == 0 {
            return out;
        }
        let h = hash64(key);
        for (_, n) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            let mut seen = false;
            for j in 0..out.len() {
                if out[j] == n.as_str() {
                    seen = true;
                    break;
                }
            }
            if !seen {
                out.push(n.as_str());
                if out.len() == want {
                    break;
                }
            }
        }
        out
    }
}
