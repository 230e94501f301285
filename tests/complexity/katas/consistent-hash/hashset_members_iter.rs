// learner: optimal
// idiom: iterator-leaning: HashSet<String> for membership (nodes() collects and sorts the returned list), BTreeMap tokens, ring walk with filter/take
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, HashSet};

pub fn hash64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    s.bytes().for_each(|b| {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    });
    let h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    let h = (h ^ (h >> 33)).wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    ring: BTreeMap<u64, String>,
    members: HashSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Self { vnodes: vnodes.max(1), ring: BTreeMap::new(), members: HashSet::new() }
    }

    fn positions<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if self.members.contains(node) {
            return false;
        }
        self.members.insert(node.to_owned());
        let positions: Vec<u64> = self.positions(node).collect();
        self.ring.extend(positions.into_iter().map(|p| (p, node.to_owned())));
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for p in (0..self.vnodes).map(|i| hash64(&format!("{node}#{i}"))) {
            if self.ring.get(&p).is_some_and(|owner| owner == node) {
                self.ring.remove(&p);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.members.iter().map(|s| s.as_str()).collect();
        names.sort_unstable();
        names
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        let h = hash64(key);
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .next()
            .map(|(_, n)| n.as_str())
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let h = hash64(key);
        let mut seen: HashSet<&str> = HashSet::new();
        self.ring
            .range(h..)
            .chain(self.ring.range(..h))
            .map(|(_, n)| n.as_str())
            .filter(|n| seen.insert(*n))
            .take(count.min(self.members.len()))
            .collect()
    }
}
