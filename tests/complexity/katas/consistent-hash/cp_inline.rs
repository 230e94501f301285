// learner: optimal
// idiom: competitive-programmer: short names, index loops, hash inlined, single-letter fields
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    for i in 0..b.len() {
        h = (h ^ b[i] as u64).wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    v: u32,
    m: BTreeMap<u64, String>,
    s: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { v: if vnodes == 0 { 1 } else { vnodes }, m: BTreeMap::new(), s: BTreeSet::new() }
    }

    pub fn add_node(&mut self, x: &str) -> bool {
        if !self.s.insert(x.to_string()) {
            return false;
        }
        for i in 0..self.v {
            self.m.insert(hash64(&format!("{x}#{i}")), x.to_string());
        }
        true
    }

    pub fn remove_node(&mut self, x: &str) -> bool {
        if !self.s.remove(x) {
            return false;
        }
        for i in 0..self.v {
            let t = hash64(&format!("{x}#{i}"));
            if self.m.get(&t).map_or(false, |o| o == x) {
                self.m.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut r = Vec::with_capacity(self.s.len());
        for x in &self.s {
            r.push(x.as_str());
        }
        r
    }

    pub fn node_for(&self, k: &str) -> Option<&str> {
        let h = hash64(k);
        match self.m.range(h..).next() {
            Some((_, o)) => Some(o),
            None => self.m.values().next().map(|o| o.as_str()),
        }
    }

    pub fn replicas(&self, k: &str, c: usize) -> Vec<&str> {
        let w = c.min(self.s.len());
        let h = hash64(k);
        let mut r: Vec<&str> = Vec::new();
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        for (_, o) in self.m.range(h..).chain(self.m.range(..h)) {
            if r.len() >= w {
                break;
            }
            if seen.insert(o.as_str()) {
                r.push(o.as_str());
            }
        }
        r
    }
}
