// learner: optimal
// idiom: Pascal-teacher style: hash64 with an index while loop over bytes, while loops over vnode numbers, procedures taking &mut Ring
//! A consistent-hash ring with virtual nodes.

use std::collections::BTreeMap;
use std::collections::BTreeSet;

pub fn hash64(s: &str) -> u64 {
    let bytes: &[u8] = s.as_bytes();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut i: usize = 0;
    while i < bytes.len() {
        h = h ^ (bytes[i] as u64);
        h = h.wrapping_mul(0x100000001b3);
        i = i + 1;
    }
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h = h ^ (h >> 33);
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h = h ^ (h >> 33);
    h
}

pub struct Ring {
    per_node: u32,
    position: BTreeMap<u64, String>,
    names: BTreeSet<String>,
}

/* procedure PlaceTokens(var ring, node) */
fn place_tokens(ring: &mut Ring, node: &str) {
    let mut i: u32 = 0;
    while i < ring.per_node {
        let label: String = format!("{}#{}", node, i);
        ring.position.insert(hash64(&label), node.to_string());
        i = i + 1;
    }
}

/* procedure TakeTokens(var ring, node) */
fn take_tokens(ring: &mut Ring, node: &str) {
    let mut i: u32 = 0;
    while i < ring.per_node {
        let label: String = format!("{}#{}", node, i);
        let t: u64 = hash64(&label);
        let mine: bool = match ring.position.get(&t) {
            Some(owner) => owner == node,
            None => false,
        };
        if mine {
            ring.position.remove(&t);
        }
        i = i + 1;
    }
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let mut v: u32 = vnodes;
        if v == 0 {
            v = 1;
        }
        Ring { per_node: v, position: BTreeMap::new(), names: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        self.names.insert(node.to_string());
        place_tokens(self, node);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.contains(node) {
            return false;
        }
        self.names.remove(node);
        take_tokens(self, node);
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut list: Vec<&str> = Vec::new();
        for name in self.names.iter() {
            list.push(name.as_str());
        }
        list
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h: u64 = hash64(key);
        let mut after = self.position.range(h..);
        match after.next() {
            Some((_, owner)) => Some(owner.as_str()),
            None => match self.position.iter().next() {
                Some((_, owner)) => Some(owner.as_str()),
                None => None,
            },
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h: u64 = hash64(key);
        let mut wanted: usize = count;
        if wanted > self.names.len() {
            wanted = self.names.len();
        }
        let mut chosen: Vec<&str> = Vec::new();
        let mut walk = self.position.range(h..).chain(self.position.range(..h));
        while chosen.len() < wanted {
            match walk.next() {
                None => break,
                Some((_, owner)) => {
                    let mut already: bool = false;
                    let mut j: usize = 0;
                    while j < chosen.len() {
                        if chosen[j] == owner.as_str() {
                            already = true;
                        }
                        j = j + 1;
                    }
                    if !already {
                        chosen.push(owner.as_str());
                    }
                }
            }
        }
        chosen
    }
}
