// learner: optimal
// idiom: C-style: BTreeMap token->name plus BTreeSet of names, byte-index hash loop, manual loops with break for replicas
use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
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
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_string());
        let mut i = 0;
        while i < self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            self.tokens.insert(t, node.to_string());
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let t = hash64(&format!("{node}#{i}"));
            let mine = match self.tokens.get(&t) {
                Some(owner) => owner == node,
                None => false,
            };
            if mine {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut v = Vec::with_capacity(self.members.len());
        for m in &self.members {
            v.push(m.as_str());
        }
        v
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        if let Some((_, owner)) = self.tokens.range(h..).next() {
            return Some(owner.as_str());
        }
        match self.tokens.iter().next() {
            Some((_, owner)) => Some(owner.as_str()),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = if count < self.members.len() { count } else { self.members.len() };
        let mut out: Vec<&str> = Vec::new();
        if want == 0 {
            return out;
        }
        let h = hash64(key);
        for (_, owner) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            let mut seen = false;
            for o in &out {
                if *o == owner.as_str() {
                    seen = true;
                    break;
                }
            }
            if !seen {
                out.push(owner.as_str());
                if out.len() == want {
                    break;
                }
            }
        }
        out
    }
}
