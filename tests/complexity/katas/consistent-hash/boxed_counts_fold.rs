// learner: optimal
// idiom: functional: fold + fmix helper, positions produced by a closure stored in a variable, BTreeMap<String, u32> of members, first_key_value for the wrap, Option::or_else chains
//! Consistent hashing ring.

use std::collections::{BTreeMap, HashSet};

fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

pub fn hash64(s: &str) -> u64 {
    fmix64(s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)))
}

pub struct Ring {
    per_node: u32,
    ring: BTreeMap<u64, Box<str>>,
    members: BTreeMap<String, u32>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { per_node: vnodes.max(1), ring: BTreeMap::new(), members: BTreeMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains_key(node) {
            return false;
        }
        let position = |i: u32| hash64(&format!("{node}#{i}"));
        let owner: Box<str> = node.into();
        (0..self.per_node).for_each(|i| {
            self.ring.insert(position(i), owner.clone());
        });
        self.members.insert(node.to_owned(), self.per_node);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        let Some(count) = self.members.remove(node) else {
            return false;
        };
        let position = |i: u32| hash64(&format!("{node}#{i}"));
        for i in 0..count {
            let p = position(i);
            if self.ring.get(&p).map_or(false, |o| &**o == node) {
                self.ring.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.keys().map(String::as_str).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .next()
            .or_else(|| self.ring.first_key_value())
            .map(|(_, o)| &**o)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, o)| &**o)
            .filter(|o| seen.insert(*o))
            .take(count)
            .collect()
    }
}
