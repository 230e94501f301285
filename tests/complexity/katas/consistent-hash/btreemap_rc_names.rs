// learner: optimal
// idiom: a ReScript web developer: `fold` for the hash, a BTreeMap position -> shared `Rc<str>` name plus a BTreeSet of members, lookups as option chains (`range(h..).next().or_else(first)`)
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fmix64(h: u64) -> u64 {
    let h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    let h = (h ^ (h >> 33)).wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub fn hash64(s: &str) -> u64 {
    fmix64(s.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME)))
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, Rc<str>>,
    members: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    fn positions(&self, node: &str) -> impl Iterator<Item = u64> + '_ {
        let node = node.to_owned();
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        let positions: Vec<u64> = self.positions(node).collect();
        positions.into_iter().for_each(|p| {
            self.tokens.insert(p, name.clone());
        });
        self.members.insert(name)
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        let positions: Vec<u64> = self.positions(node).collect();
        positions.into_iter().for_each(|p| {
            if self.tokens.get(&p).map_or(false, |owner| &**owner == node) {
                self.tokens.remove(&p);
            }
        });
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(|n| &**n).collect()
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.tokens
            .range(h..)
            .next()
            .or_else(|| self.tokens.iter().next())
            .map(|(_, owner)| &**owner)
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut picked: Vec<&str> = vec![];
        let clockwise = self.tokens.range(h..).chain(self.tokens.range(..h));
        for (_, owner) in clockwise {
            if picked.len() >= count {
                break;
            }
            if !picked.contains(&&**owner) {
                picked.push(owner);
            }
        }
        picked
    }
}
