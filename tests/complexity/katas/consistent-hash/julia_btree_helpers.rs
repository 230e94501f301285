// learner: optimal
// idiom: Julia-style: small free functions (fnv1a!, fmix64), BTreeMap<u64,String> positions + BTreeSet names, index loops over 0:v-1
use std::collections::{BTreeMap, BTreeSet};

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h
}

fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub fn hash64(s: &str) -> u64 {
    fmix64(fnv1a(s.as_bytes()))
}

fn vnode_pos(node: &str, i: u32) -> u64 {
    hash64(&format!("{node}#{i}"))
}

pub struct Ring {
    v: u32,
    positions: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let v = if vnodes == 0 { 1 } else { vnodes };
        Ring { v, positions: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.names.insert(node.to_string()) {
            return false;
        }
        for i in 0..self.v {
            self.positions.insert(vnode_pos(node, i), node.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for i in 0..self.v {
            let p = vnode_pos(node, i);
            if self.positions.get(&p).map(|o| o == node).unwrap_or(false) {
                self.positions.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|s| s.as_str()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.positions.range(h..).next() {
            Some((_, n)) => Some(n.as_str()),
            None => self.positions.values().next().map(|n| n.as_str()),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut out: Vec<&str> = Vec::new();
        let want = count.min(self.names.len());
        for (_, n) in self.positions.range(h..).chain(self.positions.range(..h)) {
            if out.len() >= want {
                break;
            }
            if !out.contains(&n.as_str()) {
                out.push(n.as_str());
            }
        }
        out
    }
}
