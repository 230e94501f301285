// learner: optimal
// idiom: BTreeMap<u64, String> ring, range(h..).chain(range(..h)) iterator adapters, scan/take_while for replicas
//! A consistent-hash ring with virtual nodes.

use std::collections::{BTreeMap, BTreeSet};

pub fn hash64(s: &str) -> u64 {
    let fnv = s
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let mix = |h: u64, m: u64| (h ^ (h >> 33)).wrapping_mul(m);
    let h = mix(mix(fnv, 0xff51_afd7_ed55_8ccd), 0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

pub struct Ring {
    vnodes: u32,
    tokens: BTreeMap<u64, String>,
    members: BTreeSet<String>,
}

impl Ring {
    pub fn new(vnodes: u32) -> Self {
        Ring { vnodes: vnodes.max(1), tokens: BTreeMap::new(), members: BTreeSet::new() }
    }

    fn positions<'a>(&self, node: &'a str) -> impl Iterator<Item = u64> + 'a {
        (0..self.vnodes).map(move |i| hash64(&format!("{node}#{i}")))
    }

    pub fn add_node(&mut self, node: &str) -> bool {
        if !self.members.insert(node.to_string()) {
            return false;
        }
        let points: Vec<u64> = self.positions(node).collect();
        points.into_iter().for_each(|t| {
            self.tokens.insert(t, node.to_string());
        });
        true
    }

    pub fn remove_node(&mut self, node: &str) -> bool {
        if !self.members.remove(node) {
            return false;
        }
        for t in self.positions(node) {
            if self.tokens.get(&t).is_some_and(|owner| owner == node) {
                self.tokens.remove(&t);
            }
        }
        true
    }

    pub fn nodes(&self) -> Vec<&str> {
        self.members.iter().map(String::as_str).collect()
    }

    fn clockwise(&self, h: u64) -> impl Iterator<Item = &str> + '_ {
        self.tokens.range(h..).chain(self.tokens.range(..h)).map(|(_, n)| n.as_str())
    }

    pub fn node_for(&self, key: &str) -> Option<&str> {
        self.clockwise(hash64(key)).next()
    }

    pub fn replicas(&self, key: &str, count: usize) -> Vec<&str> {
        let want = count.min(self.members.len());
        let mut seen = BTreeSet::new();
        self.clockwise(hash64(key))
            .filter(|n| seen.insert(*n))
            .take(want)
            .collect()
    }
}
