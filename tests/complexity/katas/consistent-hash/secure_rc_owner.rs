// learner: optimal
// idiom: security-minded: Rc<str> owners shared by vnodes, explicit collision handling, early returns, no unwrap, iterator-based hashing
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn hash64(s: &str) -> u64 {
    let mut h = s
        .bytes()
        .fold(FNV_OFFSET, |acc, b| (acc ^ u64::from(b)).wrapping_mul(FNV_PRIME));
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, Rc<str>>,
    members: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), ring: BTreeMap::new(), members: BTreeSet::new() }
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        let owner: Rc<str> = Rc::from(node);
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            // On a (very unlikely) collision keep the existing owner, so that
            // removal of either node leaves the other intact.
            self.ring.entry(pos).or_insert_with(|| Rc::clone(&owner));
        }
        self.members.insert(owner);
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for i in 0..self.vnodes {
            let pos = hash64(&format!("{node}#{i}"));
            let owned_by_us = match self.ring.get(&pos) {
                Some(owner) => owner.as_ref() == node,
                None => false,
            };
            if owned_by_us {
                self.ring.remove(&pos);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|m| m.as_ref()).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        if self.ring.is_empty() {
            return None;
        }
        let h = hash64(key);
        let (_, owner) = self.ring.range(h..).next().or_else(|| self.ring.iter().next())?;
        Some(owner.as_ref())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut picked: Vec<&str> = Vec::new();
        if count == 0 || self.ring.is_empty() {
            return picked;
        }
        let target = count.min(self.members.len());
        let mut seen: BTreeSet<&str> = BTreeSet::new();
        let h = hash64(key);
        for (_, owner) in self.ring.range(h..).chain(self.ring.range(..h)) {
            if seen.insert(owner.as_ref()) {
                picked.push(owner.as_ref());
                if picked.len() == target {
                    break;
                }
            }
        }
        picked
    }
}
