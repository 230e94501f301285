// learner: optimal
// idiom: Rc<str> shared between the token map and a BTreeSet<Rc<str>> (no String copies per vnode), while loops over vnodes, first_key_value for the wrap-round
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

const OFFSET: u64 = 0xcbf29ce484222325;
const PRIME: u64 = 0x100000001b3;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(PRIME);
        i += 1;
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, Rc<str>>,
    nodes: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: if vnodes == 0 { 1 } else { vnodes }, tokens: BTreeMap::new(), nodes: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.nodes.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.nodes.insert(Rc::clone(&name));
        let mut i = 0;
        while i < self.vnodes {
            self.tokens.insert(hash64(&format!("{node}#{i}")), Rc::clone(&name));
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.nodes.remove(node) {
            return false;
        }
        let mut i = 0;
        while i < self.vnodes {
            let token = hash64(&format!("{node}#{i}"));
            let mine = matches!(self.tokens.get(&token), Some(owner) if &**owner == node);
            if mine {
                self.tokens.remove(&token);
            }
            i += 1;
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.nodes.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.tokens.range(h..).next() {
            Some((_, owner)) => Some(owner),
            None => self.tokens.first_key_value().map(|(_, owner)| &**owner),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let limit = count.min(self.nodes.len());
        let h = hash64(key);
        let mut chosen: Vec<&str> = Vec::with_capacity(limit);
        let mut walk = self.tokens.range(h..).chain(self.tokens.range(..h));
        while chosen.len() < limit {
            let Some((_, owner)) = walk.next() else { break };
            if !chosen.iter().any(|c| *c == &**owner) {
                chosen.push(owner);
            }
        }
        chosen
    }
}
