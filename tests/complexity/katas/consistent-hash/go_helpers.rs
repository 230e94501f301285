// learner: optimal
// idiom: Go-style: explicit byte for loop hashing with fmix helper, vnode_label helper, successor helper taking the map and a hash, for loops over 0..v with early returns
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    fmix(h)
}

fn vnode_label(node: &str, i: u32) -> String {
    format!("{}#{}", node, i)
}

fn successor(tokens: &BTreeMap<u64, String>, h: u64) -> Option<&String> {
    if let Some((_, owner)) = tokens.range(h..).next() {
        return Some(owner);
    }
    match tokens.iter().next() {
        Some((_, owner)) => Some(owner),
        None => None,
    }
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
            let pos = hash64(&vnode_label(node, i));
            self.tokens.insert(pos, node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let pos = hash64(&vnode_label(node, i));
            let mine = match self.tokens.get(&pos) {
                Some(owner) => owner == node,
                None => false,
            };
            if mine {
                self.tokens.remove(&pos);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for n in &self.members {
            out.push(n.as_str());
        }
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match successor(&self.tokens, h) {
            Some(s) => Some(s.as_str()),
            None => None,
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let want = count.min(self.members.len());
        if want == 0 {
            return out;
        }
        let mut seen: HashSet<&str> = HashSet::new();
        let h = hash64(key);
        for (_, owner) in self.tokens.range(h..).chain(self.tokens.range(..h)) {
            if seen.insert(owner.as_str()) {
                out.push(owner.as_str());
                if out.len() == want {
                    return out;
                }
            }
        }
        out
    }
}
