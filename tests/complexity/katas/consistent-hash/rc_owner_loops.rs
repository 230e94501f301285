// learner: optimal
// idiom: Julia-style explicit loops: shared Rc<str> owners in the token map, HashMap membership, manual wrap-around with range + first entry, match-driven lookup
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    for i in 0..b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    nv: u32,
    map: BTreeMap<u64, Rc<str>>,
    members: HashMap<Rc<str>, ()>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let nv = if vnodes == 0 { 1 } else { vnodes };
        Ring { nv, map: BTreeMap::new(), members: HashMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains_key(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.members.insert(Rc::clone(&name), ());
        let mut i = 0u32;
        while i < self.nv {
            let t = hash64(&format!("{}#{}", node, i));
            self.map.insert(t, Rc::clone(&name));
            i += 1;
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if self.members.remove(node).is_none() {
            return false;
        }
        let mut i = 0u32;
        while i < self.nv {
            let t = hash64(&format!("{}#{}", node, i));
            let mine = match self.map.get(&t) {
                Some(owner) => &**owner == node,
                None => false,
            };
            if mine {
                self.map.remove(&t);
            }
            i += 1;
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.members.keys().map(|k| &**k).collect();
        out.sort_unstable();
        out
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.map.is_empty() {
            return None;
        }
        let h = hash64(key);
        match self.map.range(h..).next() {
            Some((_, owner)) => Some(&**owner),
            None => self.map.iter().next().map(|(_, owner)| &**owner),
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let target = if count < self.members.len() { count } else { self.members.len() };
        let mut out: Vec<&str> = Vec::with_capacity(target);
        if target == 0 {
            return out;
        }
        let h = hash64(key);
        let tail = self.map.range(h..);
        let head = self.map.range(..h);
        for (_, owner) in tail.chain(head) {
            let name: &str = owner;
            if !out.contains(&name) {
                out.push(name);
                if out.len() == target {
                    break;
                }
            }
        }
        out
    }
}
