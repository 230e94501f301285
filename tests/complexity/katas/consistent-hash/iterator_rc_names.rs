// learner: optimal
// idiom: Rust enthusiast: fold-based hash64, Rc<str> shared owner names, token iterator helper (impl Iterator), chain/find/filter/take adaptors, HashSet dedup
//! A consistent-hash ring with virtual nodes, for partitioning keys across
//! the nodes of a distributed key-value store.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

pub fn hash64(s: &str) -> u64 {
    let fmix = |h: u64| {
        let h = (h ^ (h >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        let h = (h ^ (h >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    };
    fmix(s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    }))
}

pub struct Ring {
    per_node: u32,
    ring: BTreeMap<u64, Rc<str>>,
    names: BTreeSet<Rc<str>>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { per_node: vnodes.max(1), ring: BTreeMap::new(), names: BTreeSet::new() }
    }

    fn tokens<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.per_node).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.names.contains(node) {
            return false;
        }
        let name: Rc<str> = Rc::from(node);
        self.names.insert(Rc::clone(&name));
        let toks: Vec<u64> = self.tokens(node).collect();
        self.ring.extend(toks.into_iter().map(|t| (t, Rc::clone(&name))));
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.names.remove(node) {
            return false;
        }
        for t in self.tokens(node) {
            if self.ring.get(&t).is_some_and(|owner| &**owner == node) {
                self.ring.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.names.iter().map(|n| &**n).collect()
    }

    fn clockwise(&self, h: u64) -> impl Iterator<Item = &str> {
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| &**n)
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.clockwise(hash64(key)).next()
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.clockwise(hash64(key))
            .filter(|n| seen.insert(*n))
            .take(count.min(self.names.len()))
            .collect()
    }
}
