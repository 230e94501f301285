// learner: optimal
// idiom: Rc<str> shared between ring and member map, match-heavy, entry API on BTreeMap, while-loop hash
//! A consistent-hash ring with virtual nodes.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = 0xcbf29ce484222325u64;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100000001b3);
        i += 1;
    }
    for (shift_mul, last) in [(0xff51afd7ed558ccdu64, false), (0xc4ceb9fe1a85ec53, false), (0, true)] {
        h ^= h >> 33;
        if !last {
            h = h.wrapping_mul(shift_mul);
        }
    }
    h
}

pub struct Ring {
    v: u32,
    ring: BTreeMap<u64, Rc<str>>,
    members: BTreeMap<Rc<str>, ()>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        let v = match vnodes {
            0 => 1,
            n => n,
        };
        Ring { v, ring: BTreeMap::new(), members: BTreeMap::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        let name: Rc<str> = Rc::from(node);
        match self.members.entry(name.clone()) {
            Entry::Occupied(_) => return false,
            Entry::Vacant(slot) => {
                slot.insert(());
            }
        }
        for i in 0..self.v {
            let pos = hash64(&format!("{}#{}", node, i));
            self.ring.insert(pos, Rc::clone(&name));
        }
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        match self.members.remove(node) {
            None => false,
            Some(()) => {
                for i in 0..self.v {
                    let pos = hash64(&format!("{}#{}", node, i));
                    match self.ring.entry(pos) {
                        Entry::Occupied(e) if &**e.get() == node => {
                            e.remove();
                        }
                        _ => {}
                    }
                }
                true
            }
        }
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.keys().map(|k| &**k).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        match self.ring.range(h..).next() {
            Some((_, n)) => Some(n),
            None => match self.ring.first_key_value() {
                Some((_, n)) => Some(n),
                None => None,
            },
        }
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let limit = count.min(self.members.len());
        let mut seen = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| &**n)
            .filter(|n| seen.insert(*n))
            .take(limit)
            .collect()
    }
}
